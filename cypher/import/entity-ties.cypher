// Import, step 3: ties between entities (OF_COUNTRY, OPERATES_IN, PART_OF, AWARDED_BY, from the importer's fixed
// list), each carrying the dossier's source.
// A row from a data file gives its line.
// Parameters: $sourceId, $rows (list of {from, type, to, line}).
// Browser: :param sourceId => 'src-example'   :param rows => [{from: 'mil-mmr-armed-forces', type: 'OF_COUNTRY', to: 'MMR'}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.sourceId = $sourceId, r.line = row.line;
