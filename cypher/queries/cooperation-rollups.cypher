// Cooperation strength from the dyad rollups: the answer of cooperation.cypher for pairs of countries at the
// default half-life (365 days), with its range and components but without the list of facts, read from the
// (:DyadPeriod) rows the importer keeps (see cypher/import/dyad-periods.cypher). A month that ended by $asOf counts
// whole; the month holding $asOf counts its days up to $asOf. Decaying values take 0.5 ^ (days from the month's
// first day to $asOf / $halfLifeDays); standing ones (treaties and alliances in force, ongoing states) count as
// they are. `facts` is the number of facts and standing ties behind the score. For partners and matrices,
// cooperation-scores.cypher is faster.
// Parameters: $as, $bs (lists of country ids), $asOf (date), $halfLifeDays (365: the half-life the rollups were
// summed for).
// One dyad:  :param as => ['MMR']   :param bs => ['RUS']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
UNWIND $as AS aId
MATCH (a:Country {id: aId})
UNWIND $bs AS bId
MATCH (p:DyadPeriod {a: a.id, b: bId})
WHERE p.month <= $asOf AND p.b <> a.id
WITH a, p, 0.5 ^ (duration.inDays(p.month, $asOf).days / toFloat($halfLifeDays)) AS decay,
     CASE WHEN p.monthEnd <= $asOf THEN p.values
          ELSE reduce(s = [k IN range(0, 8) | 0.0], i IN range(0, size(p.days) - 1) |
                 CASE WHEN p.days[i] <= $asOf.day THEN [k IN range(0, 8) | s[k] + p.dayValues[i * 9 + k]] ELSE s END) END AS v
WITH a, p.b AS b, p.kind AS kind, p.cameo AS cameo, p.direction AS direction, p.weight AS weight,
     round(sum(v[0])) AS events, sum(v[1] * decay + v[5]) AS contribution, sum(v[2] * decay + v[6]) AS low,
     sum(v[3] * decay + v[7]) AS high, sum(v[4] * decay + v[8]) AS single
WITH a, b, kind, cameo, direction, weight, events, contribution, low, high, single
  ORDER BY contribution DESC, kind, cameo, direction
WITH a, b, collect({kind: kind, cameo: cameo, direction: direction, events: toInteger(events), weight: weight,
                    contribution: contribution, low: low, high: high, single: single}) AS groups
WHERE any(g IN groups WHERE g.events > 0 OR abs(g.low) > 1e-9 OR abs(g.high) > 1e-9)
// A joint (mutual) fact counts half in each direction.
WITH a, b, [g IN groups WHERE g.events > 0 | g {.kind, .cameo, .direction, .events, .weight, .contribution}] AS components,
     reduce(s = 0.0, g IN groups | s + g.contribution) AS score,
     reduce(s = 0.0, g IN groups | s + CASE g.direction WHEN 'a->b' THEN g.contribution WHEN 'mutual' THEN g.contribution / 2 ELSE 0.0 END) AS aToB,
     reduce(s = 0.0, g IN groups | s + CASE g.direction WHEN 'b->a' THEN g.contribution WHEN 'mutual' THEN g.contribution / 2 ELSE 0.0 END) AS bToA,
     {low: reduce(s = 0.0, g IN groups | s + g.low), high: reduce(s = 0.0, g IN groups | s + g.high)} AS range,
     reduce(s = 0.0, g IN groups | s + g.single) AS singleSource,
     reduce(n = 0, g IN groups | n + g.events) AS facts
MATCH (bc:Country {id: b})
RETURN a.id AS a, b, bc.name AS name, score, range, singleSource,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, components, facts
ORDER BY a, score DESC, b;
