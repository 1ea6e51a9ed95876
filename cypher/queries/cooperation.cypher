// Cooperation strength: how close is each actor in $as to each actor in $bs at $asOf, and why?
// One row per pair with any evidence: a signed score, its range (low, high), the part of it that rests on single,
// unconfirmed sources, the components it sums, every fact behind it with all its sources, and how much of what was
// announced was done. A country stands for everything its militaries, state bodies, their officials and its
// counted groups did; another actor for itself (a military or state body: with its officials and groups). Each fact
// adds its entries, which cypher/import/fact-terms.cypher sets (the model: MODEL.md): those whose day is on or
// before $asOf count, decaying by 0.5 ^ (days since the entry's age date / $halfLifeDays), or standing (treaties
// and alliances in force, ongoing wars, deployments and sanctions) without decay.
// Parameters: $as, $bs (lists of ids; $bs null = every country), $asOf (date), $halfLifeDays (number).
// One dyad:  :param as => ['MMR']   :param bs => ['RUS']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
// Partners of MMR: the same with $bs null; a matrix: the same list in $as and $bs.
// Every member of the side of each of $bs (as a's side below), so that the walk from a's side drops at once each fact
// whose other party stands for none of them; null when $bs is null.
CALL () {
  UNWIND coalesce($bs, []) AS bId
  MATCH (b:Entity {id: bId})
  OPTIONAL MATCH (unit:Military|StateBody)-[:OF_COUNTRY]->(b)
  WITH b, collect(unit) AS units
  UNWIND [b] + units AS unit
  OPTIONAL MATCH (official:Official)-[:HOLDS]->(:Position)-[:IN]->(unit)
  OPTIONAL MATCH (group:Group)-[:PART_OF]->(unit)
  WITH unit, collect(official) + collect(group) AS members
  UNWIND [unit] + members AS member
  RETURN CASE WHEN $bs IS NULL THEN null ELSE collect(DISTINCT member) END AS bSides
}
UNWIND $as AS aId
MATCH (a:Entity {id: aId})
CALL (a) {
  OPTIONAL MATCH (unit:Military|StateBody)-[:OF_COUNTRY]->(a)
  WITH a, collect(unit) AS units
  UNWIND [a] + units AS unit
  OPTIONAL MATCH (official:Official)-[:HOLDS]->(:Position)-[:IN]->(unit)
  OPTIONAL MATCH (group:Group)-[:PART_OF]->(unit)
  WITH a, units, collect(DISTINCT official) AS officials, collect(DISTINCT group) AS groups
  RETURN [a] + units + officials + groups AS side
}
CALL (a, side, bSides) {
  // Facts between a member of a's side and anyone else, with the direction of each.
  UNWIND side AS x
  CALL (x) {
    MATCH (x)-[:CONFERRED|ACTOR_IN]->(f:Fact)-[:AWARDED_TO|TARGETS]->(y) RETURN f, y, 'a->b' AS direction
    UNION
    MATCH (x)<-[:AWARDED_TO|TARGETS]-(f:Fact)<-[:CONFERRED|ACTOR_IN]-(y) RETURN f, y, 'b->a' AS direction
    UNION
    MATCH (x)-[:ACTOR_IN]->(f:Fact {joint: true})<-[:ACTOR_IN]-(y) RETURN f, y, 'mutual' AS direction
  }
  WITH DISTINCT a, side, x, f, y, direction
  WHERE bSides IS NULL OR y IN bSides
  WITH a, side, x, f, y, direction, [i IN range(0, size(coalesce(f.entryDays, [])) - 1) WHERE f.entryDays[i] <= toString($asOf)] AS active
  WHERE size(active) > 0 AND NOT y IN side
  // The other party stands for itself, its military or state body and its country.
  CALL (y) {
    RETURN y AS b
    UNION MATCH (y)-[:HOLDS]->(:Position)-[:IN]->(b) RETURN b
    UNION MATCH (y)-[:PART_OF]->(b) RETURN b
    UNION MATCH (y)-[:OF_COUNTRY]->(b) RETURN b
    UNION MATCH (y)-[:HOLDS]->(:Position)-[:IN]->(:Military|StateBody)-[:OF_COUNTRY]->(b) RETURN b
    UNION MATCH (y)-[:PART_OF]->(:Military|StateBody)-[:OF_COUNTRY]->(b) RETURN b
  }
  // A fact between two members of one side is that side's own: not y on a's side (above), and not x on b's side,
  // so that a party on both sides (a military of two countries) ties neither to the other and the score is symmetric.
  WITH a, x, b, f, direction, active
  WHERE b <> a AND (($bs IS NULL AND b:Country) OR b.id IN $bs)
    AND x <> b AND NOT EXISTS { (x:Military|StateBody)-[:OF_COUNTRY]->(b) }
    AND NOT EXISTS { (x:Official)-[:HOLDS]->(:Position)-[:IN]->(b) }
    AND NOT EXISTS { (x:Official)-[:HOLDS]->(:Position)-[:IN]->(:Military|StateBody)-[:OF_COUNTRY]->(b) }
    AND NOT EXISTS { (x:Group)-[:PART_OF]->(b) }
    AND NOT EXISTS { (x:Group)-[:PART_OF]->(:Military|StateBody)-[:OF_COUNTRY]->(b) }
  WITH DISTINCT a, b, f, direction, active
  WITH b, f, direction, active,
       [i IN active | CASE WHEN f.entryStanding[i] = 1 THEN 1.0
                           ELSE 0.5 ^ (duration.inDays(date(f.entryAged[i]), $asOf).days / toFloat($halfLifeDays)) END] AS factors
  WITH b, f, direction, reduce(s = [0, 0.0, 0.0, 0.0, 0.0], j IN range(0, size(active) - 1) |
         [s[0] + f.entryEvents[active[j]], s[1] + f.entryPoint[active[j]] * factors[j], s[2] + f.entryLow[active[j]] * factors[j],
          s[3] + f.entryHigh[active[j]] * factors[j], s[4] + f.entrySingle[active[j]] * factors[j]]) AS v
  RETURN b, {id: f.id, type: CASE WHEN f:Conferral THEN 'Conferral' WHEN f:StandingTie THEN 'StandingTie' ELSE 'Engagement' END,
             kind: f.scoreKind, date: f.date, dateTo: f.dateTo, until: f.until, cameo: f.cameo, goldstein: f.goldstein,
             count: f.count, countQualifier: f.countQualifier, status: f.status, claim: f.claim, certain: v[0] > 0,
             sourceId: f.sourceId, sources: f.sources,
             sourceIds: f.sourceIds, possibleDuplicateOf: f.duplicateOf, fulfilledBy: f.fulfilledBy,
             summary: f.name, direction: direction, weight: f.weight, events: v[0], contribution: v[1],
             low: v[2], high: v[3], singleSource: v[4]} AS evidence
}
WITH a, b, evidence ORDER BY evidence.contribution DESC, evidence.id
WITH a, b, collect(evidence) AS evidence
CALL (evidence) {
  UNWIND evidence AS e
  WITH e.kind AS kind, e.cameo AS cameo, e.direction AS direction, e.weight AS weight,
       sum(e.events) AS events, sum(e.contribution) AS contribution
  WHERE events > 0
  ORDER BY contribution DESC, kind, cameo, direction
  RETURN collect({kind: kind, cameo: cameo, direction: direction, events: events, weight: weight,
                  contribution: contribution}) AS components
}
// A joint (mutual) fact counts half in each direction.
WITH a, b, evidence, components, reduce(s = 0.0, e IN evidence | s + e.contribution) AS score,
     reduce(s = 0.0, e IN evidence | s + CASE e.direction WHEN 'a->b' THEN e.contribution WHEN 'mutual' THEN e.contribution / 2 ELSE 0.0 END) AS aToB,
     reduce(s = 0.0, e IN evidence | s + CASE e.direction WHEN 'b->a' THEN e.contribution WHEN 'mutual' THEN e.contribution / 2 ELSE 0.0 END) AS bToA
WITH a, b, evidence, components, score, aToB, bToA, reduce(n = 0, e IN evidence | n + e.events) AS facts,
     {low: reduce(s = 0.0, e IN evidence | s + e.low), high: reduce(s = 0.0, e IN evidence | s + e.high)} AS range
// A pair whose facts all cancel out (a plan and what fulfilled it, elsewhere) has nothing to say.
WHERE facts > 0 OR abs(range.low) > 1e-9 OR abs(range.high) > 1e-9
RETURN a.id AS a, b.id AS b, b.name AS name, score, range, facts,
       reduce(s = 0.0, e IN evidence | s + e.singleSource) AS singleSource,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, components, evidence,
       {planned: size([e IN evidence WHERE e.status = 'planned']),
        fulfilled: size([e IN evidence WHERE e.status = 'planned' AND size(e.fulfilledBy) > 0])} AS announced
ORDER BY a, score DESC, b;
