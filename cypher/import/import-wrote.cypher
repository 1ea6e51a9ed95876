// Audit, after an import wrote: (:Import)-[:WROTE]->(n) for each node it created (a fact, entity or source), and
// (:Import)-[:WROTE {type, endKey, end}]->(start) for each tie it created between nodes that were there before
// (a report added to a fact of another import, a new country for a known military). Ties of a node it created
// need no record: they go with the node. Retraction (import-retract.cypher) removes exactly these.
// Parameters: $importId, $nodes (list of {key, id}), $ties (list of {startKey, start, type, endKey, end}).
// Browser: :param importId => 'imp-0'   :param nodes => [{key: 'Entity', id: 'MMR'}]   :param ties => [{startKey: 'Entity', start: 'mil-mmr-armed-forces', type: 'OF_COUNTRY', endKey: 'Entity', end: 'MMR'}]
OPTIONAL MATCH (i:Import {id: $importId})
CALL (i) {
  UNWIND $nodes AS row
  CALL (row) {
    WITH row WHERE row.key = 'Entity' MATCH (n:Entity {id: row.id}) RETURN n
    UNION
    WITH row WHERE row.key = 'Fact' MATCH (n:Fact {id: row.id}) RETURN n
    UNION
    WITH row WHERE row.key = 'Source' MATCH (n:Source {id: row.id}) RETURN n
  }
  WITH i, n WHERE i IS NOT NULL
  MERGE (i)-[:WROTE]->(n)
}
CALL (i) {
  UNWIND $ties AS row
  CALL (row) {
    WITH row WHERE row.startKey = 'Entity' MATCH (a:Entity {id: row.start}) RETURN a
    UNION
    WITH row WHERE row.startKey = 'Fact' MATCH (a:Fact {id: row.start}) RETURN a
  }
  WITH i, a, row WHERE i IS NOT NULL
  MERGE (i)-[:WROTE {type: row.type, endKey: row.endKey, end: row.end}]->(a)
};
