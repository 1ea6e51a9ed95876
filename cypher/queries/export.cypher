// Export: the nodes and relationships of the whole graph, of the neighbourhood of $center to $depth hops, or of one
// $source (the source, what it mentions and reports, and their ties, including those to reference nodes such as
// event types, which come back as `boundary`). Bookkeeping (AppliedScript, the Import audit trail) and the derived rollups (DyadPeriod, DyadTotal) are left out. Give at most one of
// $center and $source; with neither, everything.
// Parameters: $center (entity id or null), $depth (1-5), $source (source id or null).
// Browser: :param center => 'off-soe-win'   :param depth => 2   :param source => null
CALL () {
  MATCH (n) WHERE $center IS NULL AND $source IS NULL AND NOT n:AppliedScript AND NOT n:DyadPeriod AND NOT n:DyadTotal
    AND NOT n:Import AND NOT n:ImportSequence
  RETURN collect(n) AS nodes
  UNION
  MATCH (c:Entity {id: $center})
  CALL apoc.path.subgraphNodes(c, {maxLevel: $depth, labelFilter: '-Import'}) YIELD node
  WITH node WHERE NOT node:AppliedScript
  RETURN collect(node) AS nodes
  UNION
  MATCH (s:Source {id: $source})
  RETURN [s] + COLLECT { MATCH (n)-[:REPORTED_IN|MENTIONED_IN]->(s) RETURN n } AS nodes
}
WITH nodes WHERE size(nodes) > 0
WITH nodes, COLLECT { UNWIND nodes AS n MATCH (n)-[r]->(m) WHERE m IN nodes OR $source IS NOT NULL RETURN r } AS relationships
RETURN nodes, relationships,
       COLLECT { UNWIND relationships AS r WITH endNode(r) AS m WHERE NOT m IN nodes RETURN DISTINCT m } AS boundary;
