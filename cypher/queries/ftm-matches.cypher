// FollowTheMoney import: the entities of the graph that FtM entities already are (MODEL.md, "FollowTheMoney").
// byId: an explicit id, the FtM id or a former one (referents) being an entity's ftmId, or the Entente id the
// import would give it. byName: an entity of the same kind, not yet tied to another FtM id, whose name is one of
// the FtM entity's names, in one of its countries (a military's or state body's own country; an official's
// recorded countries, or those of the bodies it holds positions in).
// Parameters: $rows (list of {key, ids, label, names, countries}).
// Browser: :param rows => [{key: 'Q123', ids: ['Q123', 'off-Q123'], label: 'Official', names: ['Soe Win'], countries: ['MMR']}]
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (n:Entity) WHERE n.id IN row.ids OR n.ftmId IN row.ids
  RETURN collect(DISTINCT n {.id, .name, .ftmId, .aliases, .datasets, .countries, labels: labels(n)}) AS byId
}
CALL (row) {
  OPTIONAL MATCH (n:Entity) WHERE n.name IN row.names AND n.ftmId IS NULL AND row.label IN labels(n)
    AND (EXISTS { (n)-[:OF_COUNTRY]->(c:Country) WHERE c.id IN row.countries }
      OR any(c IN coalesce(n.countries, []) WHERE c IN row.countries)
      OR EXISTS { (n)-[:HOLDS]->(:Position)-[:IN]->()-[:OF_COUNTRY]->(c:Country) WHERE c.id IN row.countries })
  RETURN collect(DISTINCT n {.id, .name, .ftmId, .aliases, .datasets, .countries, labels: labels(n)}) AS byName
}
RETURN row.key AS key, byId, byName;
