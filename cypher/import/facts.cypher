// Import, step 4: facts (Position, Conferral, Engagement), merged on their id, typed by their CAMEO or Entente
// event type (whose Goldstein weight they copy) and REPORTED_IN the dossier's source.
// Parameters: $sourceId, $rows (list of {label, id, typeCode, properties}).
// Browser: :param sourceId => 'src-example'   :param rows => [{label: 'Engagement', id: 'eng-example', typeCode: '062', properties: {name: 'A joint exercise', date: '2024-04-01', dateFrom: date('2024-04-01'), dateTo: date('2024-04-01'), status: 'carried_out'}}]
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (f:Fact {id: row.id})
SET f:$(row.label), f += row.properties, f.sourceId = s.id
MERGE (f)-[r:REPORTED_IN]->(s) SET r.sourceId = s.id
WITH f, row, s
OPTIONAL MATCH (type:EventType {code: row.typeCode})
FOREACH (t IN CASE WHEN type IS NULL THEN [] ELSE [type] END |
  SET f.goldstein = t.goldstein
  MERGE (f)-[o:OF_TYPE]->(t) SET o.sourceId = s.id);
