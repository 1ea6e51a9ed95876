// Cooperation scores from the dyad rollups, for partner rankings and matrices: the score, range, single-source part,
// index, reciprocity and directions of cooperation.cypher for pairs of countries at the default half-life (365
// days), without components or facts. A pair whose every entry is past at $asOf (the usual case: asOf today) is
// read from its one (:DyadTotal) row (cypher/import/dyad-totals.cypher); any other from its (:DyadPeriod) rows, as
// in cooperation-rollups.cypher. `facts` is the number of facts and standing ties behind the score.
// Parameters: $as, $bs (lists of country ids; $bs null = every country), $asOf (date), $halfLifeDays (365: the
// half-life the rollups were summed for).
// Partners of MMR:  :param as => ['MMR']   :param bs => null   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
// A matrix: the same list in $as and $bs.
UNWIND $as AS aId
MATCH (a:Country {id: aId})
CALL (a) {
  // Pairs whose every entry counts: their totals, decaying ones scaled from 2000-01-01.
  MATCH (t:DyadTotal {a: a.id})
  WHERE ($bs IS NULL OR t.b IN $bs) AND t.lastDay <= $asOf
  WITH t, t.values AS v, 0.5 ^ (duration.inDays(date('2000-01-01'), $asOf).days / toFloat($halfLifeDays)) AS decay
  RETURN t.b AS b, t.events AS events, v[0] * decay + v[5] AS aToB, v[1] * decay + v[6] AS bToA,
         v[2] * decay + v[7] AS low, v[3] * decay + v[8] AS high, v[4] * decay + v[9] AS single
  UNION ALL
  // Pairs with entries after $asOf: their months up to $asOf.
  MATCH (t:DyadTotal {a: a.id})
  WHERE ($bs IS NULL OR t.b IN $bs) AND t.lastDay > $asOf
  MATCH (p:DyadPeriod {a: t.a, b: t.b})
  WHERE p.month <= $asOf
  WITH p, 0.5 ^ (duration.inDays(p.month, $asOf).days / toFloat($halfLifeDays)) AS decay,
       CASE WHEN p.monthEnd <= $asOf THEN p.values
            ELSE reduce(s = [k IN range(0, 8) | 0.0], i IN range(0, size(p.days) - 1) |
                   CASE WHEN p.days[i] <= $asOf.day THEN [k IN range(0, 8) | s[k] + p.dayValues[i * 9 + k]] ELSE s END) END AS v
  WITH p, v, v[1] * decay + v[5] AS c, decay
  RETURN p.b AS b, toInteger(round(v[0])) AS events, CASE p.direction WHEN 'a->b' THEN c WHEN 'mutual' THEN c / 2 ELSE 0.0 END AS aToB,
         CASE p.direction WHEN 'b->a' THEN c WHEN 'mutual' THEN c / 2 ELSE 0.0 END AS bToA,
         v[2] * decay + v[6] AS low, v[3] * decay + v[7] AS high, v[4] * decay + v[8] AS single
}
WITH a, b, sum(events) AS facts, sum(aToB) AS aToB, sum(bToA) AS bToA, sum(low) AS low, sum(high) AS high, sum(single) AS single
WHERE (facts > 0 OR abs(low) > 1e-9 OR abs(high) > 1e-9) AND b <> a.id
MATCH (bc:Country {id: b})
WITH a, b, bc, facts, aToB, bToA, aToB + bToA AS score, low, high, single
RETURN a.id AS a, b, bc.name AS name, score, {low: low, high: high} AS range, single AS singleSource,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, facts
ORDER BY a, score DESC, b;
