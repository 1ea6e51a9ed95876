// Dyad rollups: remove every (:DyadPeriod) row, before a full rebuild from the facts.
// Parameters: none.
MATCH (p:DyadPeriod)
DELETE p;
