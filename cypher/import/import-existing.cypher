// Audit, before an import writes: which of the nodes and ties it will write are in the graph already. The rest it
// creates; import-wrote.cypher records them. ImportAudit asks for the nodes first, then for the ties between nodes
// that are there (a tie of a node not yet written cannot be). Nodes are keyed by key label and id, ties by their ends and type (an
// Entente tie is unique per start, type and end: every import merges it).
// Parameters: $nodes (list of {key, id}), $ties (list of {startKey, start, type, endKey, end}).
// Browser: :param nodes => [{key: 'Entity', id: 'MMR'}, {key: 'Source', id: 'src-none'}]   :param ties => [{startKey: 'Entity', start: 'mil-mmr-armed-forces', type: 'OF_COUNTRY', endKey: 'Entity', end: 'MMR'}]
CALL () {
  UNWIND $nodes AS row
  CALL (row) {
    WITH row WHERE row.key = 'Entity' MATCH (n:Entity {id: row.id}) RETURN n
    UNION
    WITH row WHERE row.key = 'Fact' MATCH (n:Fact {id: row.id}) RETURN n
    UNION
    WITH row WHERE row.key = 'Source' MATCH (n:Source {id: row.id}) RETURN n
  }
  RETURN collect(row.key + '/' + row.id) AS nodes
}
CALL () {
  UNWIND $ties AS row
  CALL (row) {
    WITH row WHERE row.startKey = 'Entity' MATCH (a:Entity {id: row.start}) RETURN a
    UNION
    WITH row WHERE row.startKey = 'Fact' MATCH (a:Fact {id: row.start}) RETURN a
  }
  CALL (row) {
    WITH row WHERE row.endKey = 'Entity' MATCH (b:Entity {id: row.end}) RETURN b
    UNION
    WITH row WHERE row.endKey = 'Fact' MATCH (b:Fact {id: row.end}) RETURN b
    UNION
    WITH row WHERE row.endKey = 'Source' MATCH (b:Source {id: row.end}) RETURN b
  }
  // Both ends found first: the tie is looked for from the end with fewer ties, not among a country's thousands.
  MATCH (a)-[r]->(b) WHERE type(r) = row.type
  RETURN collect(DISTINCT row.startKey + '/' + row.start + '/' + row.type + '/' + row.endKey + '/' + row.end) AS ties
}
RETURN nodes, ties;
