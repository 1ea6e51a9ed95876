// Dyad rollups: the ids of every fact with a giver or actor, for a full rebuild of the rollups.
// Parameters: none.
MATCH (f:Fact) WHERE EXISTS { (f)<-[:CONFERRED|ACTOR_IN]-() }
RETURN collect(f.id) AS ids;
