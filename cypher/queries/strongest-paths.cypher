// Strongest alliance paths: the $k paths between two entities that keep cooperation highest along the way, by
// Yen's k-shortest paths (Graph Data Science) on the cooperative ties as they stood at $asOf (the same ties as
// alliance-paths.cypher). Passing through a fact costs -ln(s), its strength s = 1 - exp(-c / 10) for its
// contribution c to cooperation strength at $asOf (its entries, as cooperation.cypher sums them); memberships, positions and
// treaties in force cost nothing. So the strongest path maximises the product of its facts' strengths.
// Needs GDS. Paths longer than $maxHops are dropped from the 10 strongest, so fewer than $k may come back.
// Parameters: $from, $to (ids), $k (1-10), $maxHops (1-8), $asOf (date), $halfLifeDays (number).
// Browser: :param from => 'off-soe-win'   :param to => 'mil-rus-defense-ministry'   :param k => 3   :param maxHops => 6   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
MATCH (source:Entity {id: $from}), (target:Entity {id: $to})
CALL (source, target) {
  CALL (source, target) {
    MATCH (x)-[r:OF_COUNTRY|PART_OF|HOLDS|IN|CONFERRED|AWARDED_TO|OF_HONOR|AWARDED_BY|ACTOR_IN|TARGETS|PARTY_TO|MEMBER_OF]->(y)
    WHERE (NOT x:Fact OR (x.dateTo <= $asOf AND (x:Position OR x.goldstein > 0)))
      AND (NOT y:Fact OR (y.dateTo <= $asOf AND (y:Position OR y.goldstein > 0)))
      AND (NOT r:PARTY_TO|MEMBER_OF OR (r.startTo <= $asOf AND (r.endFrom IS NULL OR r.endFrom > $asOf)))
    WITH x, y, [n IN [x, y] WHERE n:Fact AND NOT n:Position][0] AS f
    WITH x, y, f, [i IN range(0, size(coalesce(f.entryDays, [])) - 1) WHERE f.entryDays[i] <= toString($asOf)] AS active
    WITH x, y, CASE WHEN f IS NULL THEN null ELSE reduce(c = 0.0, i IN active | c + f.entryPoint[i] * CASE WHEN f.entryStanding[i] = 1 THEN 1.0
           ELSE 0.5 ^ (duration.inDays(date(f.entryAged[i]), $asOf).days / toFloat($halfLifeDays)) END) END AS c
    // A fact has two ties on a path (in and out): each carries half its cost.
    // A fact too weak to measure (long decayed, disputed) still carries a path, at the cost of strength 1e-9.
    RETURN x, y, CASE WHEN c IS NULL THEN 0.0 ELSE -log(CASE WHEN 1 - exp(-c / 10) < 1e-9 THEN 1e-9 ELSE 1 - exp(-c / 10) END) / 2 END AS cost
    UNION
    // The endpoints belong to the projection even when they have no tie at all.
    UNWIND [source, target] AS x
    RETURN x, null AS y, 0.0 AS cost
  }
  WITH gds.graph.project('entente-strongest-' + randomUUID(), x, y, {relationshipProperties: {cost: cost}},
                         {undirectedRelationshipTypes: ['*']}) AS projection
  RETURN projection.graphName AS graph
}
CALL (graph, source, target) {
  CALL gds.shortestPath.yens.stream(graph, {sourceNode: source, targetNode: target, k: 10, relationshipWeightProperty: 'cost'})
    YIELD nodeIds, totalCost
  RETURN collect({nodeIds: nodeIds, totalCost: totalCost}) AS found
}
CALL gds.graph.drop(graph, false) YIELD graphName
UNWIND found AS candidate
WITH candidate, gds.util.asNodes(candidate.nodeIds) AS nodes
WHERE size(nodes) - 1 <= $maxHops
// Yen's answers node ids: take back the tie between each pair of consecutive nodes.
CALL (nodes) {
  UNWIND range(0, size(nodes) - 2) AS i
  WITH i, nodes[i] AS x, nodes[i + 1] AS y
  MATCH (x)-[r:OF_COUNTRY|PART_OF|HOLDS|IN|CONFERRED|AWARDED_TO|OF_HONOR|AWARDED_BY|ACTOR_IN|TARGETS|PARTY_TO|MEMBER_OF]-(y)
  WITH i, head(collect(r)) AS r
  ORDER BY i
  RETURN collect(r) AS relationships
}
RETURN size(nodes) - 1 AS hops, nodes, relationships, [f IN nodes WHERE f:Fact AND NOT f:Position | f.id] AS factIds
ORDER BY candidate.totalCost, hops
LIMIT $k;
