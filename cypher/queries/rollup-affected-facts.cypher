// Dyad rollups: the facts already in the graph whose countries or standing ties an import changes. A new
// OF_COUNTRY or PART_OF tie, or a new position (official HOLDS position IN unit), changes what its holder stands
// for, and a military's or state body's new country changes its officials and groups too; their facts must be
// counted again. So must the standing ties of the treaties and alliances whose memberships it writes.
// Parameters: $ties (list of {from, type, to}), $positions (list of {official, position, unit}), $treaties (ids).
// :param ties => [{from: 'mil-mmr-armed-forces', type: 'OF_COUNTRY', to: 'RUS'}]   :param positions => [{official: 'off-soe-win', position: 'pos-new', unit: 'mil-rus-defense-ministry'}]   :param treaties => ['treaty-xex-xey-friendship']
CALL () {
  UNWIND $ties AS tie
  MATCH (x:Entity {id: tie.from})
  OPTIONAL MATCH (to:Entity {id: tie.to})
  WITH x, to, tie WHERE to IS NULL OR NOT EXISTS { (x)-[r]->(to) WHERE type(r) = tie.type }
  RETURN x
  UNION
  UNWIND $positions AS p
  MATCH (x:Entity {id: p.official})
  WITH x, p WHERE NOT EXISTS { (x)-[:HOLDS]->(:Position {id: p.position})-[:IN]->(:Entity {id: p.unit}) }
  RETURN x
}
CALL (x) {
  RETURN x AS member
  UNION MATCH (member)-[:HOLDS]->(:Position)-[:IN]->(x) RETURN member
  UNION MATCH (member)-[:PART_OF]->(x) RETURN member
}
OPTIONAL MATCH (member)-[:CONFERRED|ACTOR_IN|AWARDED_TO|TARGETS]-(f:Fact)
WITH collect(DISTINCT f.id) AS ids
CALL () {
  OPTIONAL MATCH (tie:StandingTie)-[:OF_TREATY]->(t:Entity) WHERE t.id IN $treaties
  RETURN collect(tie.id) AS ties
}
RETURN ids + ties AS ids;
