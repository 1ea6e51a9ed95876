// Import, step 2: entities, merged on their id, each MENTIONED_IN the dossier's source. The label comes from the
// importer's fixed list (Country, Military, ArmedGroup, Official, Group, Honor, Treaty, Alliance), never from input.
// An entity the dossier re-types ("revise": ["type"], checked by the importer) loses its old type labels, `drop`.
// A row from a data file gives its line, kept on the MENTIONED_IN tie.
// Parameters: $sourceId, $rows (list of {label, id, properties, drop, line}).
// Browser: :param sourceId => 'src-example'   :param rows => [{label: 'Official', id: 'off-example', properties: {name: 'An official', aliases: []}, drop: []}]
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
// Merged on :Entity, whose id is unique across all entities: a dynamic label in MERGE could not use the index.
MERGE (n:Entity {id: row.id})
REMOVE n:$(row.drop)
SET n:$(row.label), n += row.properties
MERGE (n)-[m:MENTIONED_IN]->(s) SET m.sourceId = s.id, m.line = row.line;
