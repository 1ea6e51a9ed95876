// Event type codes: every CAMEO (and Entente) event type code the graph knows, for validating imports.
// Parameters: none.
MATCH (t:EventType)
RETURN collect(t.code) AS codes;
