// Import, step 6: ties from facts to entities (AWARDED_TO, OF_HONOR, TARGETS, IN), each carrying the dossier's source.
// Parameters: $sourceId, $rows (list of {fact, type, entity}).
// Browser: :param sourceId => 'src-example'   :param rows => [{fact: 'eng-example', type: 'TARGETS', entity: 'mil-rus-armed-forces'}]
UNWIND $rows AS row
MATCH (f:Fact {id: row.fact}), (b:Entity {id: row.entity})
MERGE (f)-[r:$(row.type)]->(b)
SET r.sourceId = $sourceId;
