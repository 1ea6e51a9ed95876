// Export: the nodes and relationships of the whole graph ($center null) or of the neighbourhood of $center to
// $depth hops, for GraphML, JSON and Cypher exports. Bookkeeping (AppliedScript) is left out.
// Parameters: $center (an entity id, or null for everything), $depth (1-5).
// Browser: :param center => 'off-soe-win'   :param depth => 2
CALL () {
  MATCH (n) WHERE $center IS NULL AND NOT n:AppliedScript
  RETURN collect(n) AS nodes
  UNION
  MATCH (c:Entity {id: $center})
  CALL apoc.path.subgraphNodes(c, {maxLevel: $depth}) YIELD node
  WITH node WHERE NOT node:AppliedScript
  RETURN collect(node) AS nodes
}
WITH nodes WHERE size(nodes) > 0
RETURN nodes,
       COLLECT { UNWIND nodes AS n MATCH (n)-[r]->(m) WHERE m IN nodes RETURN r } AS relationships;
