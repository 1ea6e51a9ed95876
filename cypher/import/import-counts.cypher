// Audit, last step of a recorded import: what it created and what it merged into nodes already there.
// Parameters: $importId, $counts (map of integers: factsCreated, factsMerged, entitiesCreated, ...).
// Browser: :param importId => 'imp-0'   :param counts => {factsCreated: 1, factsMerged: 0}
MATCH (i:Import {id: $importId})
SET i += $counts;
