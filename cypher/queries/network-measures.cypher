// Network measures: the cooperation network of countries at a date, projected into Graph Data Science from the
// scores in $ties (each pair once, as cooperation-scores.cypher or GET /api/cooperation/matrix gives them at that
// date and half-life), and for each country in it: its bloc (Leiden communities on the cooperative ties, weighted by
// score), its influence (PageRank weighted by score, scaled to sum to 1) and its brokerage (betweenness over the
// strongest paths, a tie's length being 1 / score). A tie whose score is 0 or less is not projected: hostile ties
// are kept apart (MODEL.md, "The network"), but a country with hostile ties only is still in the network, alone.
// Deterministic: one thread, a fixed seed, the ties in the order given. The in-memory graph $graph lives only for
// this query (network-drop.cypher drops it should the query fail). `modularity` is Leiden's, for the whole network.
// Needs GDS. Parameters: $graph (a new graph name), $ties (list of {a, b, score}, country ids, a < b).
// Browser: :param graph => 'entente-network-example'   :param ties => [{a: 'MMR', b: 'RUS', score: 3.4}, {a: 'CHN', b: 'RUS', score: 8.0}, {a: 'CHN', b: 'USA', score: -5.0}]
CALL () {
  // Every country with a tie is a node, in the order of the ties, so that node ids and answers are stable.
  UNWIND $ties AS t
  UNWIND [t.a, t.b] AS id
  WITH DISTINCT id
  MATCH (x:Country {id: id})
  RETURN x, null AS y, 0.0 AS weight, 0.0 AS distance
  UNION ALL
  UNWIND $ties AS t
  WITH t WHERE t.score > 0
  MATCH (x:Country {id: t.a}), (y:Country {id: t.b})
  RETURN x, y, t.score AS weight, 1.0 / t.score AS distance
}
WITH gds.graph.project($graph, x, y, {relationshipProperties: {weight: weight, distance: distance}},
                       {undirectedRelationshipTypes: ['*']}) AS projection
WITH projection.graphName AS graph
CALL (graph) {
  CALL gds.leiden.mutate(graph, {mutateProperty: 'bloc', relationshipWeightProperty: 'weight', randomSeed: 42,
                                 concurrency: 1, maxLevels: 10})
    YIELD modularity, communityCount
  RETURN modularity, communityCount
}
CALL (graph) {
  CALL gds.pageRank.mutate(graph, {mutateProperty: 'influence', relationshipWeightProperty: 'weight', concurrency: 1,
                                   dampingFactor: 0.85, maxIterations: 100, tolerance: 1e-9, scaler: 'L1Norm'})
    YIELD nodePropertiesWritten
  RETURN nodePropertiesWritten AS ranked
}
CALL (graph) {
  CALL gds.betweenness.mutate(graph, {mutateProperty: 'betweenness', relationshipWeightProperty: 'distance',
                                      concurrency: 1})
    YIELD nodePropertiesWritten
  RETURN nodePropertiesWritten AS measured
}
CALL (graph) {
  CALL gds.graph.nodeProperty.stream(graph, 'bloc') YIELD nodeId, propertyValue
  WITH nodeId, propertyValue AS bloc, gds.util.asNode(nodeId) AS country
  RETURN collect({id: country.id, name: country.name, bloc: bloc,
                  influence: gds.util.nodeProperty(graph, nodeId, 'influence'),
                  betweenness: gds.util.nodeProperty(graph, nodeId, 'betweenness')}) AS countries
}
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND countries AS c
RETURN c.id AS id, c.name AS name, c.bloc AS bloc, c.influence AS influence, c.betweenness AS betweenness,
       modularity
ORDER BY id;
