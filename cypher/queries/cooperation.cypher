// Cooperation strength: how close is each actor in $as to each actor in $bs at $asOf, and why?
// One row per pair with any evidence: a signed score, the components it sums, and every fact behind it.
// A country stands for everything its militaries, their officials and its counted groups did; another actor for
// itself (a military: with its officials and groups). Each fact contributes
//   weight x (1 + ln count) x 0.5 ^ (days from the fact to $asOf / $halfLifeDays)
// with the Goldstein weight of its type (planned actions weigh as CAMEO 031 intent), counted once certainly past
// (dateTo <= $asOf) and aged from the middle of its date range (from its end when the start is open). Treaties and
// alliances in force for both countries add a standing component (their strongest obligation, no decay); a treaty's
// signature is an event (CAMEO 057). Weights: cypher/reference/cameo.cypher and weights.cypher.
// Parameters: $as, $bs (lists of ids; $bs null = every country), $asOf (date), $halfLifeDays (number).
// One dyad:  :param as => ['MMR']   :param bs => ['RUS']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
// Partners of MMR: the same with $bs null; a matrix: the same list in $as and $bs.
UNWIND $as AS aId
MATCH (a:Entity {id: aId})
CALL (a) {
  OPTIONAL MATCH (military:Military)-[:OF_COUNTRY]->(a)
  WITH a, collect(military) AS militaries
  UNWIND [a] + militaries AS unit
  OPTIONAL MATCH (official:Official)-[:HOLDS]->(:Position)-[:IN]->(unit)
  OPTIONAL MATCH (group:Group)-[:PART_OF]->(unit)
  WITH a, militaries, collect(DISTINCT official) AS officials, collect(DISTINCT group) AS groups
  RETURN [a] + militaries + officials + groups AS side
}
CALL (a, side) {
  // Facts between a member of a's side and anyone else, with the direction of each.
  UNWIND side AS x
  CALL (x) {
    MATCH (x)-[:CONFERRED|ACTOR_IN]->(f:Fact)-[:AWARDED_TO|TARGETS]->(y) RETURN f, y, 'a->b' AS direction
    UNION
    MATCH (x)<-[:AWARDED_TO|TARGETS]-(f:Fact)<-[:CONFERRED|ACTOR_IN]-(y) RETURN f, y, 'b->a' AS direction
    UNION
    MATCH (x)-[:ACTOR_IN]->(f:Engagement {joint: true})<-[:ACTOR_IN]-(y) RETURN f, y, 'mutual' AS direction
  }
  WITH DISTINCT a, side, f, y, direction
  WHERE f.dateTo <= $asOf AND NOT y IN side
  // The other party stands for itself, its military and its country.
  CALL (y) {
    RETURN y AS b
    UNION MATCH (y)-[:HOLDS]->(:Position)-[:IN]->(b) RETURN b
    UNION MATCH (y)-[:PART_OF]->(b) RETURN b
    UNION MATCH (y)-[:OF_COUNTRY]->(b) RETURN b
    UNION MATCH (y)-[:HOLDS]->(:Position)-[:IN]->(:Military)-[:OF_COUNTRY]->(b) RETURN b
    UNION MATCH (y)-[:PART_OF]->(:Military)-[:OF_COUNTRY]->(b) RETURN b
  }
  WITH DISTINCT a, b, f, direction
  WHERE b <> a AND (($bs IS NULL AND b:Country) OR b.id IN $bs)
  MATCH (f)-[:OF_TYPE]->(type:EventType)
  OPTIONAL MATCH (intent:EventType {code: '031'}) WHERE f.status = 'planned' AND type.root <> '03'
  WITH b, f, direction, coalesce(intent.goldstein, type.goldstein) AS weight,
       CASE WHEN f.dateFrom IS NULL THEN f.dateTo
            ELSE f.dateFrom + duration({days: duration.inDays(f.dateFrom, f.dateTo).days / 2}) END AS agedFrom
  RETURN b, {id: f.id, type: CASE WHEN f:Conferral THEN 'Conferral' ELSE 'Engagement' END,
             kind: CASE WHEN f.status = 'planned' THEN 'intent' ELSE f.kind END,
             date: f.date, dateTo: f.dateTo, cameo: f.cameo, goldstein: f.goldstein, count: f.count, countQualifier: f.countQualifier,
             status: f.status, sourceId: f.sourceId, summary: f.name, direction: direction, weight: weight,
             contribution: weight * (1 + log(coalesce(f.count, 1)))
                           * 0.5 ^ (duration.inDays(agedFrom, $asOf).days / toFloat($halfLifeDays))} AS evidence
  UNION
  // Treaties and alliances both countries are bound by at $asOf: a standing tie, no decay.
  MATCH (a:Country)-[pa:PARTY_TO|MEMBER_OF]->(t)<-[pb:PARTY_TO|MEMBER_OF]-(b:Country)
  WHERE type(pa) = type(pb) AND (($bs IS NULL) OR b.id IN $bs)
    AND pa.startTo <= $asOf AND (pa.endFrom IS NULL OR pa.endFrom > $asOf)
    AND pb.startTo <= $asOf AND (pb.endFrom IS NULL OR pb.endFrom > $asOf)
  MATCH (o:Obligation) WHERE o.code IN t.obligations
  WITH b, t, max(o.weight) AS weight
  RETURN b, {id: t.id, type: CASE WHEN t:Treaty THEN 'Treaty' ELSE 'Alliance' END, kind: CASE WHEN t:Treaty THEN 'treaty in force' ELSE 'alliance in force' END,
             date: t.signed, dateTo: t.signedTo, cameo: null, goldstein: weight, count: null, countQualifier: null, status: 'in force',
             sourceId: t.sourceId, summary: t.name + ' (' + reduce(s = '', c IN t.obligations | s + CASE s WHEN '' THEN '' ELSE ', ' END + c) + ')',
             direction: 'mutual', weight: weight, contribution: weight} AS evidence
  UNION
  // A treaty's signature is an event: CAMEO 057, decaying like any other.
  MATCH (a:Country)-[:PARTY_TO]->(t:Treaty)<-[:PARTY_TO]-(b:Country), (sign:EventType {code: '057'})
  WHERE (($bs IS NULL) OR b.id IN $bs) AND t.signedTo <= $asOf
  WITH b, t, sign, CASE WHEN t.signedFrom IS NULL THEN t.signedTo
            ELSE t.signedFrom + duration({days: duration.inDays(t.signedFrom, t.signedTo).days / 2}) END AS agedFrom
  RETURN b, {id: t.id, type: 'Treaty', kind: 'treaty signed', date: t.signed, dateTo: t.signedTo, cameo: sign.code, goldstein: sign.goldstein,
             count: null, countQualifier: null, status: 'carried_out', sourceId: t.sourceId, summary: t.name + ' signed',
             direction: 'mutual', weight: sign.goldstein,
             contribution: sign.goldstein * 0.5 ^ (duration.inDays(agedFrom, $asOf).days / toFloat($halfLifeDays))} AS evidence
}
WITH a, b, evidence ORDER BY evidence.contribution DESC, evidence.id
WITH a, b, collect(evidence) AS evidence
CALL (evidence) {
  UNWIND evidence AS e
  WITH e.kind AS kind, e.cameo AS cameo, e.direction AS direction, e.weight AS weight,
       count(*) AS events, sum(e.contribution) AS contribution
  ORDER BY contribution DESC, kind, cameo, direction
  RETURN collect({kind: kind, cameo: cameo, direction: direction, events: events, weight: weight,
                  contribution: contribution}) AS components
}
// A joint (mutual) fact counts half in each direction.
WITH a, b, evidence, components, reduce(s = 0.0, c IN components | s + c.contribution) AS score,
     reduce(s = 0.0, e IN evidence | s + CASE e.direction WHEN 'a->b' THEN e.contribution WHEN 'mutual' THEN e.contribution / 2 ELSE 0.0 END) AS aToB,
     reduce(s = 0.0, e IN evidence | s + CASE e.direction WHEN 'b->a' THEN e.contribution WHEN 'mutual' THEN e.contribution / 2 ELSE 0.0 END) AS bToA
RETURN a.id AS a, b.id AS b, b.name AS name, score,
       100 / (1 + exp(-score / 25)) AS index,
       CASE WHEN aToB * bToA > 0 THEN CASE WHEN abs(aToB) < abs(bToA) THEN aToB / bToA ELSE bToA / aToB END ELSE 0.0 END AS reciprocity,
       {aToB: aToB, bToA: bToA} AS directions, components, evidence
ORDER BY a, score DESC, b;
