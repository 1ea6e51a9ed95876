// Dyad rollups, full rebuild: remove the rows the rebuild $build did not set (no fact gives them any more).
// Parameters: $build (string).
// Browser: :param build => 'example'
MATCH (p:DyadPeriod|DyadTotal)
WITH p WHERE p.build IS NULL OR p.build <> $build
DELETE p;
