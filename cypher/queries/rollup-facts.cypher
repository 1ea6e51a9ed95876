// Dyad rollups: what the rollups need of each fact as the graph holds it (dates, status, kind, CAMEO code, count,
// joint, event types, who gave or acted, who received or was targeted). Ids that are not facts are skipped.
// Parameters: $ids (fact ids).
// :param ids => ['cnf-2024-03-28-mmr-titles-to-27-russian-officers', 'eng-2024-mmr-rus-joint-military-activities-planned']
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN f.id AS id, f.dateFrom AS dateFrom, f.dateTo AS dateTo, f.status AS status, f.kind AS kind, f.cameo AS cameo,
       f.count AS count, (f:Engagement AND f.joint = true) AS joint,
       COLLECT { MATCH (f)-[:OF_TYPE]->(t:EventType) RETURN t.code } AS types,
       COLLECT { MATCH (x)-[:CONFERRED|ACTOR_IN]->(f) RETURN DISTINCT x.id } AS givers,
       COLLECT { MATCH (f)-[:AWARDED_TO|TARGETS]->(y) RETURN DISTINCT y.id } AS receivers;
