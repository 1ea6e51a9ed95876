// Import, step 5: ties from entities into facts (CONFERRED, ACTOR_IN, HOLDS), each carrying the dossier's source.
// Parameters: $sourceId, $rows (list of {entity, type, fact}).
// Browser: :param sourceId => 'src-example'   :param rows => [{entity: 'mil-mmr-armed-forces', type: 'ACTOR_IN', fact: 'eng-example'}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.entity}), (f:Fact {id: row.fact})
MERGE (a)-[r:$(row.type)]->(f)
SET r.sourceId = coalesce(r.sourceId, $sourceId);
