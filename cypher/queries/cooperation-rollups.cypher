// Cooperation strength from the dyad rollups: the answer of cooperation.cypher for pairs of countries at the
// default half-life (365 days), with its components but without the list of facts, read from the (:DyadPeriod)
// rows the importer keeps (see cypher/import/dyad-periods.cypher). A month that ended by $asOf counts whole; the
// month holding $asOf counts its days up to $asOf. Treaties and alliances in force and treaty signatures, which are
// few, are read from the graph as in cooperation.cypher. `facts` is the number of facts and standing ties behind
// the score. For partners and matrices, cooperation-scores.cypher is faster.
// Parameters: $as, $bs (lists of country ids), $asOf (date), $halfLifeDays (365: the half-life the rollups were
// summed for).
// One dyad:  :param as => ['MMR']   :param bs => ['RUS']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
UNWIND $as AS aId
MATCH (a:Country {id: aId})
CALL (a) {
  UNWIND $bs AS bId
  MATCH (p:DyadPeriod {a: a.id, b: bId})
  WHERE p.month <= $asOf
  WITH p, CASE WHEN p.monthEnd <= $asOf THEN [p.events, p.scaled]
               ELSE reduce(s = [0, 0.0], i IN range(0, size(p.days) - 1) |
                      CASE WHEN p.days[i] <= $asOf.day THEN [s[0] + p.dayEvents[i], s[1] + p.dayScaled[i]] ELSE s END) END AS counted
  RETURN p.b AS b, p.kind AS kind, p.cameo AS cameo, p.direction AS direction, p.weight AS weight, counted[0] AS events,
         counted[1] * 0.5 ^ (duration.inDays(p.month, $asOf).days / toFloat($halfLifeDays)) AS contribution
  UNION ALL
  // Treaties and alliances both countries are bound by at $asOf: a standing tie, no decay.
  MATCH (a)-[pa:PARTY_TO|MEMBER_OF]->(t)<-[pb:PARTY_TO|MEMBER_OF]-(bc:Country)
  WHERE type(pa) = type(pb) AND bc.id IN $bs
    AND pa.startTo <= $asOf AND (pa.endFrom IS NULL OR pa.endFrom > $asOf)
    AND pb.startTo <= $asOf AND (pb.endFrom IS NULL OR pb.endFrom > $asOf)
  MATCH (o:Obligation) WHERE o.code IN t.obligations
  WITH bc, t, max(o.weight) AS weight
  RETURN bc.id AS b, CASE WHEN t:Treaty THEN 'treaty in force' ELSE 'alliance in force' END AS kind, null AS cameo,
         'mutual' AS direction, weight, 1 AS events, weight AS contribution
  UNION ALL
  // A treaty's signature is an event: CAMEO 057, decaying like any other.
  MATCH (a)-[:PARTY_TO]->(t:Treaty)<-[:PARTY_TO]-(bc:Country), (sign:EventType {code: '057'})
  WHERE bc.id IN $bs AND t.signedTo <= $asOf
  WITH bc, sign, CASE WHEN t.signedFrom IS NULL THEN t.signedTo
            ELSE t.signedFrom + duration({days: duration.inDays(t.signedFrom, t.signedTo).days / 2}) END AS agedFrom
  RETURN bc.id AS b, 'treaty signed' AS kind, sign.code AS cameo, 'mutual' AS direction, sign.goldstein AS weight, 1 AS events,
         sign.goldstein * 0.5 ^ (duration.inDays(agedFrom, $asOf).days / toFloat($halfLifeDays)) AS contribution
}
WITH a, b, kind, cameo, direction, weight, sum(events) AS events, sum(contribution) AS contribution
WHERE events > 0 AND b <> a.id
WITH a, b, kind, cameo, direction, weight, events, contribution ORDER BY contribution DESC, kind, cameo, direction
WITH a, b, collect({kind: kind, cameo: cameo, direction: direction, events: events, weight: weight,
                    contribution: contribution}) AS components
// A joint (mutual) fact counts half in each direction.
WITH a, b, components, reduce(s = 0.0, c IN components | s + c.contribution) AS score,
     reduce(s = 0.0, c IN components | s + CASE c.direction WHEN 'a->b' THEN c.contribution WHEN 'mutual' THEN c.contribution / 2 ELSE 0.0 END) AS aToB,
     reduce(s = 0.0, c IN components | s + CASE c.direction WHEN 'b->a' THEN c.contribution WHEN 'mutual' THEN c.contribution / 2 ELSE 0.0 END) AS bToA,
     reduce(n = 0, c IN components | n + c.events) AS facts
MATCH (bc:Country {id: b})
RETURN a.id AS a, b, bc.name AS name, score,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, components, facts
ORDER BY a, score DESC, b;
