// Import, step 6: ties from facts to entities (AWARDED_TO, OF_HONOR, TARGETS, IN), each carrying the dossier's source.
// Parameters: $sourceId, $rows (list of {fact, type, entity, to}).
// Browser: :param sourceId => 'src-example'   :param rows => [{fact: 'eng-example', type: 'TARGETS', entity: 'mil-rus-armed-forces'}]
UNWIND $rows AS row
MATCH (f:Fact {id: row.fact})
// A tie to another fact (FULFILLS, POSSIBLY_SAME_AS) says so: to 'Fact'.
CALL (row) {
  WITH row WHERE row.to = 'Fact' MATCH (b:Fact {id: row.entity}) RETURN b
  UNION
  WITH row WHERE row.to IS NULL MATCH (b:Entity {id: row.entity}) RETURN b
}
MERGE (f)-[r:$(row.type)]->(b)
SET r.sourceId = coalesce(r.sourceId, $sourceId);
