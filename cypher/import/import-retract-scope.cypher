// Retraction, before anything is removed: what the rollups must hear of. The facts the import created, those it
// added a report or tie to, those reported in a source it created, and the standing ties of the treaties and
// alliances it created or gave a member.
// Parameters: $importId.
// Browser: :param importId => 'imp-0'
OPTIONAL MATCH (i:Import {id: $importId})
CALL (i) {
  OPTIONAL MATCH (i)-[w:WROTE]->(n)
  OPTIONAL MATCH (n)<-[:REPORTED_IN]-(reported:Fact) WHERE n:Source AND w.type IS NULL
  OPTIONAL MATCH (end:Entity {id: w.end}) WHERE w.type IN ['PARTY_TO', 'MEMBER_OF']
  OPTIONAL MATCH (n)-[:PARTY_TO|MEMBER_OF]->(joined:Entity) WHERE n:Country AND w.type IS NULL
  WITH collect(DISTINCT CASE WHEN n:Fact THEN n.id END) + collect(DISTINCT reported.id) AS facts,
       collect(DISTINCT CASE WHEN n:Treaty OR n:Alliance THEN n.id END) + collect(DISTINCT end.id)
         + collect(DISTINCT joined.id) AS treaties
  RETURN facts, treaties
}
CALL (treaties) {
  OPTIONAL MATCH (tie:StandingTie)-[:OF_TREATY]->(t:Entity) WHERE t.id IN treaties
  RETURN collect(DISTINCT tie.id) AS ties
}
RETURN [id IN facts + ties WHERE id IS NOT NULL] AS facts, [id IN treaties WHERE id IS NOT NULL] AS treaties;
