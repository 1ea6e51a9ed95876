// Alliance path: how are two entities tied together? The shortest path (by hops, at most $maxHops) through
// cooperative ties only, as they stood at $asOf: memberships and positions, honors conferred and received, and
// engagements with a positive Goldstein weight, each counted once certainly past (dateTo <= $asOf); treaties and
// alliances while in force for that party. Hostile facts (fighting, coups, sanctions) never carry a path.
// The strength of each fact on the way comes from fact-strengths.cypher.
// Parameters: $from, $to (ids), $maxHops (1-8), $asOf (date). alliance-paths.cypher finds several.
// Browser: :param from => 'off-soe-win'   :param to => 'mil-rus-defense-ministry'   :param maxHops => 6   :param asOf => date('2024-03-30')
MATCH (source:Entity {id: $from}), (target:Entity {id: $to})
// shortestPath checks the predicates hop by hop during its bidirectional breadth-first search; the hop limit there
// must be a literal (the most maxHops may be), so $maxHops is applied after.
MATCH p = shortestPath((source)-[:OF_COUNTRY|PART_OF|HOLDS|IN|CONFERRED|AWARDED_TO|OF_HONOR|AWARDED_BY|ACTOR_IN|TARGETS|PARTY_TO|MEMBER_OF*..8]-(target))
WHERE all(n IN nodes(p) WHERE NOT n:Fact OR (n.dateTo <= $asOf AND (n:Position OR n.goldstein > 0)))
  AND all(r IN relationships(p) WHERE NOT r:PARTY_TO|MEMBER_OF OR (r.startTo <= $asOf AND (r.endFrom IS NULL OR r.endFrom > $asOf)))
WITH p WHERE length(p) <= $maxHops
RETURN p AS path, length(p) AS hops, nodes(p) AS nodes, relationships(p) AS relationships,
       [f IN nodes(p) WHERE f:Fact AND NOT f:Position | f.id] AS factIds;
