// Dyad rollups: what the rollups need of each fact as the graph holds it: its kind, CAMEO code and weight, whether
// it is joint, who gave or acted, who received or was targeted, and its entries (cypher/import/fact-terms.cypher).
// Ids that are not scored facts are skipped.
// Parameters: $ids (fact ids).
// :param ids => ['cnf-2024-03-28-mmr-titles-to-27-russian-officers', 'eng-2024-mmr-rus-joint-military-activities-planned']
UNWIND $ids AS id
MATCH (f:Fact {id: id}) WHERE f.entryDays IS NOT NULL
RETURN f.id AS id, f.scoreKind AS kind, f.cameo AS cameo, f.weight AS weight, f.joint = true AS joint,
       f.entryDays AS days, f.entryAged AS aged, f.entryEvents AS events, f.entryStanding AS standing,
       f.entryPoint AS point, f.entryLow AS low, f.entryHigh AS high, f.entrySingle AS single,
       COLLECT { MATCH (x)-[:CONFERRED|ACTOR_IN]->(f) RETURN DISTINCT x.id } AS givers,
       COLLECT { MATCH (f)-[:AWARDED_TO|TARGETS]->(y) RETURN DISTINCT y.id } AS receivers;
