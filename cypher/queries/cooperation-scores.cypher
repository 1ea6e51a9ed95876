// Cooperation scores from the dyad rollups, for partner rankings and matrices: the score, index, reciprocity and
// directions of cooperation.cypher for pairs of countries at the default half-life (365 days), without components
// or facts. A pair whose every fact is certainly past at $asOf (the usual case: asOf today) is read from its one
// (:DyadTotal) row (cypher/import/dyad-totals.cypher); any other from its (:DyadPeriod) rows, as in
// cooperation-rollups.cypher. Treaties and alliances are read from the graph as in cooperation.cypher. `facts` is
// the number of facts and standing ties behind the score.
// Parameters: $as, $bs (lists of country ids; $bs null = every country), $asOf (date), $halfLifeDays (365: the
// half-life the rollups were summed for).
// Partners of MMR:  :param as => ['MMR']   :param bs => null   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
// A matrix: the same list in $as and $bs.
UNWIND $as AS aId
MATCH (a:Country {id: aId})
CALL (a) {
  // Pairs whose every fact counts: their totals, scaled from 2000-01-01.
  MATCH (t:DyadTotal {a: a.id})
  WHERE ($bs IS NULL OR t.b IN $bs) AND t.lastDay <= $asOf
  WITH t, 0.5 ^ (duration.inDays(date('2000-01-01'), $asOf).days / toFloat($halfLifeDays)) AS decay
  RETURN t.b AS b, t.events AS events, t.aToB * decay AS aToB, t.bToA * decay AS bToA
  UNION ALL
  // Pairs with facts after $asOf: their months up to $asOf.
  MATCH (t:DyadTotal {a: a.id})
  WHERE ($bs IS NULL OR t.b IN $bs) AND t.lastDay > $asOf
  MATCH (p:DyadPeriod {a: t.a, b: t.b})
  WHERE p.month <= $asOf
  WITH p, CASE WHEN p.monthEnd <= $asOf THEN [p.events, p.scaled]
               ELSE reduce(s = [0, 0.0], i IN range(0, size(p.days) - 1) |
                      CASE WHEN p.days[i] <= $asOf.day THEN [s[0] + p.dayEvents[i], s[1] + p.dayScaled[i]] ELSE s END) END AS counted
  WITH p, counted[0] AS events, counted[1] * 0.5 ^ (duration.inDays(p.month, $asOf).days / toFloat($halfLifeDays)) AS c
  RETURN p.b AS b, events, CASE p.direction WHEN 'a->b' THEN c WHEN 'mutual' THEN c / 2 ELSE 0.0 END AS aToB,
         CASE p.direction WHEN 'b->a' THEN c WHEN 'mutual' THEN c / 2 ELSE 0.0 END AS bToA
  UNION ALL
  // Treaties and alliances both countries are bound by at $asOf: a standing tie, no decay, half in each direction.
  MATCH (a)-[pa:PARTY_TO|MEMBER_OF]->(t)<-[pb:PARTY_TO|MEMBER_OF]-(bc:Country)
  WHERE type(pa) = type(pb) AND ($bs IS NULL OR bc.id IN $bs)
    AND pa.startTo <= $asOf AND (pa.endFrom IS NULL OR pa.endFrom > $asOf)
    AND pb.startTo <= $asOf AND (pb.endFrom IS NULL OR pb.endFrom > $asOf)
  MATCH (o:Obligation) WHERE o.code IN t.obligations
  WITH bc, t, max(o.weight) AS weight
  RETURN bc.id AS b, 1 AS events, weight / 2 AS aToB, weight / 2 AS bToA
  UNION ALL
  // A treaty's signature is an event: CAMEO 057, decaying like any other.
  MATCH (a)-[:PARTY_TO]->(t:Treaty)<-[:PARTY_TO]-(bc:Country), (sign:EventType {code: '057'})
  WHERE ($bs IS NULL OR bc.id IN $bs) AND t.signedTo <= $asOf
  WITH bc, sign, CASE WHEN t.signedFrom IS NULL THEN t.signedTo
            ELSE t.signedFrom + duration({days: duration.inDays(t.signedFrom, t.signedTo).days / 2}) END AS agedFrom
  WITH bc, sign.goldstein * 0.5 ^ (duration.inDays(agedFrom, $asOf).days / toFloat($halfLifeDays)) AS c
  RETURN bc.id AS b, 1 AS events, c / 2 AS aToB, c / 2 AS bToA
}
WITH a, b, sum(events) AS facts, sum(aToB) AS aToB, sum(bToA) AS bToA
WHERE facts > 0 AND b <> a.id
MATCH (bc:Country {id: b})
WITH a, b, bc, facts, aToB, bToA, aToB + bToA AS score
RETURN a.id AS a, b, bc.name AS name, score,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, facts
ORDER BY a, score DESC, b;
