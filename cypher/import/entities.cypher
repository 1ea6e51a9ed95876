// Import, step 2: entities, merged on their id, each MENTIONED_IN the dossier's source. The label comes from the
// importer's fixed list (Country, Military, ArmedGroup, Official, Group, Honor, Treaty, Alliance), never from input.
// Parameters: $sourceId, $rows (list of {label, id, properties}).
// Browser: :param sourceId => 'src-example'   :param rows => [{label: 'Official', id: 'off-example', properties: {name: 'An official', aliases: []}}]
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (n:$(row.label) {id: row.id})
SET n:Entity, n += row.properties
MERGE (n)-[m:MENTIONED_IN]->(s) SET m.sourceId = s.id;
