// Import, step 4: facts already in the graph (Position, Conferral, Engagement), merged on their id. The source
// that first reported a fact owns its properties and its event type (the type whose Goldstein weight it copies);
// any source adds its own report, kept on its REPORTED_IN tie (count, status, claim, quote, date): one event told
// by several sources stays one fact.
// Parameters: $sourceId, $rows (list of {label, id, typeCode, properties, report, reportId}).
// Browser: :param sourceId => 'src-example'   :param rows => [{label: 'Engagement', id: 'eng-example', typeCode: '062', properties: {name: 'A joint exercise', date: '2024-04-01', dateFrom: date('2024-04-01'), dateTo: date('2024-04-01'), status: 'carried_out'}, report: {claim: 'reported', status: 'carried_out'}, reportId: 'eng-example'}]
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (f:Fact {id: row.id})
WITH f, row, s, f.sourceId IS NULL OR f.sourceId = s.id AS owner
FOREACH (_ IN CASE WHEN owner THEN [1] ELSE [] END | SET f:$(row.label), f += row.properties, f.sourceId = s.id)
MERGE (f)-[r:REPORTED_IN]->(s) SET r = row.report, r.sourceId = s.id, r.reportId = coalesce(row.reportId, row.id)
WITH f, row, s, owner
OPTIONAL MATCH (type:EventType {code: row.typeCode}) WHERE owner
FOREACH (t IN CASE WHEN type IS NULL THEN [] ELSE [type] END |
  SET f.goldstein = t.goldstein
  MERGE (f)-[o:OF_TYPE]->(t) SET o.sourceId = s.id);
