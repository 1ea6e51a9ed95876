// Dyad rollups: the ids of every fact with a giver or actor, and of every treaty or alliance with a member, for a
// full rebuild of the rollups (standing ties first, then the terms of every fact).
// Parameters: none.
CALL () {
  MATCH (f:Fact) WHERE EXISTS { (f)<-[:CONFERRED|ACTOR_IN]-() }
  RETURN collect(f.id) AS ids
}
CALL () {
  MATCH (t:Entity) WHERE EXISTS { (t)<-[:PARTY_TO|MEMBER_OF]-(:Country) }
  RETURN collect(t.id) AS treaties
}
RETURN ids, treaties;
