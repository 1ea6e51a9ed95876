// Import, step 4 for facts not yet in the graph: each fact with all its ties in one row, created outright (no
// MERGE to search for what cannot be there yet): its label, properties and its event type's Goldstein weight,
// REPORTED_IN the dossier's source (the tie keeps that source's own report: count, status, claim, quote, date), OF_TYPE its CAMEO or Entente event type, and its ties from entities (CONFERRED,
// ACTOR_IN, HOLDS) and to entities (AWARDED_TO, TARGETS, OF_HONOR, IN), each carrying the source.
// Parameters: $sourceId, $rows (list of {label, id, typeCode, properties, report, reportId, in: [{entity, type}], out: [{type, entity, to}]}).
// Browser: :param sourceId => 'src-example'   :param rows => [{label: 'Engagement', id: 'eng-new-example', typeCode: '062', properties: {name: 'A joint exercise', date: '2024-04-01', dateFrom: date('2024-04-01'), dateTo: date('2024-04-01'), status: 'carried_out'}, report: {claim: 'reported', status: 'carried_out'}, reportId: 'eng-new-example', in: [{entity: 'mil-mmr-armed-forces', type: 'ACTOR_IN'}], out: [{type: 'TARGETS', entity: 'RUS'}]}]
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
OPTIONAL MATCH (type:EventType {code: row.typeCode})
CREATE (f:Fact:$(row.label) {id: row.id})-[r:REPORTED_IN]->(s)
SET r = row.report, r.sourceId = s.id, r.reportId = coalesce(row.reportId, row.id), f += row.properties, f.sourceId = s.id, f.goldstein = type.goldstein
FOREACH (t IN CASE WHEN type IS NULL THEN [] ELSE [type] END | CREATE (f)-[:OF_TYPE {sourceId: s.id}]->(t))
WITH f, row, s
CALL (f, row, s) {
  UNWIND row.in AS tie
  MATCH (a:Entity {id: tie.entity})
  CREATE (a)-[:$(tie.type) {sourceId: s.id}]->(f)
}
CALL (f, row, s) {
  UNWIND row.out AS tie
  // A tie to another fact (FULFILLS, POSSIBLY_SAME_AS) says so: to 'Fact'.
  CALL (tie) {
    WITH tie WHERE tie.to = 'Fact' MATCH (b:Fact {id: tie.entity}) RETURN b
    UNION
    WITH tie WHERE tie.to IS NULL MATCH (b:Entity {id: tie.entity}) RETURN b
  }
  CREATE (f)-[:$(tie.type) {sourceId: s.id}]->(b)
};
