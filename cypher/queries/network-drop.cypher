// Network graph drop: forgets the in-memory graph $graph that network-measures.cypher projected, if it is still
// there (the measures query drops it itself; this is for when that query failed or timed out half-way).
// Needs GDS. Parameters: $graph (the graph's name).
// Browser: :param graph => 'entente-network-example'
OPTIONAL CALL gds.graph.drop($graph, false) YIELD graphName
RETURN $graph AS graph, graphName IS NOT NULL AS dropped;
