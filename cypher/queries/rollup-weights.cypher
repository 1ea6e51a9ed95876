// Dyad rollups: every event type's Goldstein weight and CAMEO root (a planned action weighs as 031 intent unless
// its root is already 03), as cooperation.cypher reads them.
// Parameters: none.
MATCH (t:EventType)
RETURN t.code AS code, t.goldstein AS goldstein, t.root AS root;
