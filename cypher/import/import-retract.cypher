// Retraction of one import: removes the ties it created between nodes that were there before, then the nodes it
// created (facts, entities, sources, with their ties), except those a later import still builds on (a node it
// created is tied to, or a tie it recorded starts or ends at), and the standing ties that lost a party; then
// marks the Import retracted, by whom and when. The reference tables and the seed are no import's: never removed.
// Parameters: $importId, $user, $at (datetime), $treaties (treaty and alliance ids from import-retract-scope.cypher).
// Browser: :param importId => 'imp-0'   :param user => 'editor'   :param at => datetime('2024-04-02T10:00:00Z')   :param treaties => []
MATCH (i:Import {id: $importId}) WHERE i.retractedAt IS NULL
CALL (i) {
  MATCH (i)-[w:WROTE]->(a) WHERE w.type IS NOT NULL
  MATCH (a)-[r]->(b) WHERE type(r) = w.type AND b.id = w.end AND w.endKey IN labels(b)
  // A later import that wrote the same tie again (after a retraction) keeps it.
  AND NOT EXISTS { (j:Import)-[v:WROTE {type: w.type, endKey: w.endKey, end: w.end}]->(a) WHERE j.seq > i.seq AND j.retractedAt IS NULL }
  DELETE r
}
CALL (i) {
  MATCH (i)-[w:WROTE]->(n) WHERE w.type IS NULL
  WITH i, n WHERE NOT EXISTS {
      (n)--(m)<-[v:WROTE]-(j:Import) WHERE v.type IS NULL AND j.seq > i.seq AND j.retractedAt IS NULL }
    AND NOT EXISTS { (j:Import)-[v:WROTE]->(n) WHERE v.type IS NOT NULL AND j.seq > i.seq AND j.retractedAt IS NULL }
    AND NOT EXISTS { (j:Import)-[v:WROTE]->(:Fact|Entity)-->(n) WHERE v.end = n.id AND j.seq > i.seq AND j.retractedAt IS NULL }
  DETACH DELETE n
}
CALL () {
  UNWIND $treaties AS treatyId
  // By its id (tie-<treaty>-...): the treaty itself may be gone, removed above with its OF_TREATY ties.
  MATCH (tie:Fact) WHERE tie.id STARTS WITH 'tie-' + treatyId + '-' AND tie:StandingTie
  OPTIONAL MATCH (tie)-[:OF_TREATY]->(t:Entity {id: treatyId})
  WITH tie, t WHERE t IS NULL
    OR COUNT { (c:Country)-[:ACTOR_IN]->(tie) WHERE EXISTS { (c)-[:PARTY_TO|MEMBER_OF]->(t) } } < 2
  DETACH DELETE tie
}
SET i.retractedAt = $at, i.retractedBy = $user
RETURN i.id AS id;
