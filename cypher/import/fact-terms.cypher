// The cooperation model, fact by fact: the one place where a fact's type, reports, claims, count and course in
// time become the entries that every score sums (cooperation.cypher from the facts, the rollups from the same
// entries). The importer runs it on the facts it writes; a rebuild of the rollups on every fact. MODEL.md explains
// each rule; the parameters are the (:ScoringModel) of reference/weights.cypher.
// Each fact gets:
// - weight: its type's Goldstein weight (a standing tie: its treaty's strongest obligation), x plannedFactor for a
//   planned act that is not already an intent or threat (03x, 13x); magnitude: 1 + log10 of the smallest count
//   its sources give (1 without a count), at most 1 + log10(magnitudeCap);
// - sources (how many report it: a report that stands for several, such as a GDELT line's, counts them) and sourceIds (oldest first), fulfilledBy (the facts that carried it out), claim
//   (disputed when a source disputes or denies it, confirmed when one confirms it, else reported) and scoreKind
//   (intent, ongoing, treaty, alliance or its kind);
// - entries, as parallel lists: from day entryDays[i] (an ISO date) on, the fact adds entryEvents[i] events and
//   the values entryPoint (score), entryLow and entryHigh (its range) and entrySingle (the part that rests on one
//   unconfirmed source), each decaying by 0.5 ^ (days since entryAged[i] / half-life), or not at all when
//   entryStanding[i] is 1 (numbers, not booleans, which every tool reads). Events count from their last possible
//   day (aged from the middle of their range) and, in the
//   range only, from their first; standing ties and ongoing states count at standingScale x their weight from
//   their start until their end, then decay; a planned act stops counting when a fact that fulfils it counts.
// Parameters: $ids (fact ids).
// Browser: :param ids => ['cnf-2024-03-28-mmr-titles-to-27-russian-officers', 'eng-2024-mmr-rus-joint-military-activities-planned']
MATCH (model:ScoringModel {id: 'entente'})
UNWIND $ids AS id
MATCH (f:Fact {id: id}) WHERE NOT f:Position
OPTIONAL MATCH (type:EventType {code: CASE WHEN f:Conferral THEN 'conferral' ELSE f.cameo END})
CALL (f) {
  // Each report keeps its own count, qualifier and claim (a report written before version 2: the fact's).
  OPTIONAL MATCH (f)-[r:REPORTED_IN]->(s:Source)
  WITH s, CASE WHEN r.countQualifier IS NULL THEN f.count ELSE r.count END AS count,
       coalesce(r.countQualifier, f.countQualifier) AS qualifier, coalesce(r.claim, 'reported') AS claim, r
  WITH s, count, qualifier, claim, r ORDER BY s.date, s.id
  // A report may stand for several sources (a GDELT line's NumSources): r.sources, 1 when not given.
  RETURN sum(CASE WHEN r IS NULL THEN 0 ELSE coalesce(r.sources, 1) END) AS sources, collect(s.id) AS sourceIds, min(count) AS fewest, max(count) AS most,
         max(s.date) AS lastReported,
         sum(CASE WHEN claim IN ['disputed', 'denied'] THEN 1 ELSE 0 END) > 0 AS disputed,
         sum(CASE WHEN claim = 'confirmed' THEN 1 ELSE 0 END) > 0 AS confirmed,
         sum(CASE WHEN qualifier IN ['more than', 'at least', 'several', 'numerous'] THEN 1 ELSE 0 END) > 0 AS openCount
}
CALL (f) {
  OPTIONAL MATCH (f)-[:OF_TREATY]->(t)
  OPTIONAL MATCH (o:Obligation) WHERE o.code IN t.obligations
  RETURN max(o.weight) AS obligation
}
CALL (f) {
  OPTIONAL MATCH (f)<-[:FULFILLS]-(g:Fact)
  WITH g ORDER BY g.id
  RETURN min(g.dateTo) AS fulfilledOn, collect(g.id) AS fulfilledBy
}
// The key cypher/import/same-events.cypher finds the same event by (through an index, not by walking every fact
// of a country): kind label, status, ongoing, CAMEO root, givers and receivers (sorted ids), as SameEvents.key
// writes it; none for a fact without givers or marked a possible duplicate, which no report is merged into.
CALL (f) {
  OPTIONAL MATCH (g)-[:CONFERRED|ACTOR_IN]->(f)
  WITH g ORDER BY g.id
  RETURN collect(g.id) AS givers
}
CALL (f) {
  OPTIONAL MATCH (f)-[:AWARDED_TO|TARGETS]->(r:Entity)
  WITH r ORDER BY r.id
  RETURN collect(r.id) AS receivers
}
SET f.sourceIds = sourceIds, f.fulfilledBy = fulfilledBy,
    f.sameEventKey = CASE WHEN size(givers) = 0 OR f.duplicateOf IS NOT NULL OR NOT (f:Conferral OR f:Engagement) THEN null
                          ELSE CASE WHEN f:Conferral THEN 'Conferral' ELSE 'Engagement' END + '|'
                               + coalesce(f.status, 'carried_out') + '|' + toString(coalesce(f.ongoing, false)) + '|'
                               + substring(coalesce(f.cameo, ''), 0, 2) + '|'
                               // Ids joined by commas, in plain Cypher: the import runs on servers without APOC too.
                               + reduce(joined = '', g IN givers | joined + CASE joined WHEN '' THEN '' ELSE ',' END + g) + '|'
                               + reduce(joined = '', r IN receivers | joined + CASE joined WHEN '' THEN '' ELSE ',' END + r) END
WITH f, model, sources, lastReported, disputed, confirmed, fulfilledOn,
     coalesce(CASE WHEN f:StandingTie THEN obligation ELSE type.goldstein END, 0.0)
       * CASE WHEN f.status = 'planned' AND NOT coalesce(type.root, '') IN ['03', '13'] THEN model.plannedFactor ELSE 1.0 END AS weight,
     1 + log10(toFloat(CASE WHEN coalesce(fewest, 1) > model.magnitudeCap THEN model.magnitudeCap ELSE coalesce(fewest, 1) END)) AS magnitude,
     1 + log10(toFloat(CASE WHEN openCount OR coalesce(most, 1) > model.magnitudeCap THEN model.magnitudeCap ELSE coalesce(most, 1) END)) AS largest
WITH f, model, sources, lastReported, disputed, confirmed, fulfilledOn, weight, magnitude,
     sources <= 1 AND NOT confirmed AS oneSource, weight * magnitude AS full, weight * largest AS away
// The point counts a disputed claim or a possible duplicate as nothing; the range reaches from the bound nearer
// zero (half for one source, zero for a disputed claim) to the largest count any source gives.
WITH f, model, sources, lastReported, disputed, confirmed, fulfilledOn, weight, magnitude, away,
     CASE WHEN disputed OR f.duplicateOf IS NOT NULL THEN 0.0 ELSE full END AS point,
     CASE WHEN disputed OR f.duplicateOf IS NOT NULL THEN 0.0 WHEN oneSource THEN full * model.singleSourceFactor ELSE full END AS toward,
     CASE WHEN oneSource AND NOT disputed AND f.duplicateOf IS NULL THEN full ELSE 0.0 END AS single
WITH f, model, sources, lastReported, disputed, confirmed, fulfilledOn, weight, magnitude,
     [point, CASE WHEN toward < away THEN toward ELSE away END, CASE WHEN toward < away THEN away ELSE toward END, single] AS v,
     CASE WHEN f.dateFrom IS NULL THEN f.dateTo
          ELSE f.dateFrom + duration({days: duration.inDays(f.dateFrom, f.dateTo).days / 2}) END AS aged,
     CASE WHEN f.endFrom IS NULL THEN f.endTo
          ELSE f.endFrom + duration({days: duration.inDays(f.endFrom, f.endTo).days / 2}) END AS endAged
WITH f, model, sources, disputed, confirmed, fulfilledOn, weight, magnitude, v, aged, endAged, lastReported,
     [x IN v | x * model.standingScale] AS level,
     [x IN v | x * model.standingScale * model.plannedFactor] AS intent
WITH f, sources, disputed, confirmed, fulfilledOn, weight, magnitude,
  CASE WHEN f:StandingTie OR f.ongoing = true THEN [e IN [
    // A treaty signed by both but not in force for both: an intent, standing.
    {day: f.signedTo, aged: f.signedTo, events: 1, v: intent, standing: true,
     keep: f.signedTo IS NOT NULL AND (f.dateTo IS NULL OR f.signedTo < f.dateTo)},
    {day: f.dateTo, aged: f.dateTo, events: -1, v: [x IN intent | -x], standing: true,
     keep: f.signedTo IS NOT NULL AND f.dateTo IS NOT NULL AND f.signedTo < f.dateTo},
    // In force, or begun: the full level, standing.
    {day: f.dateTo, aged: f.dateTo, events: 1, v: level, standing: true, keep: f.dateTo IS NOT NULL},
    // Ended: from its end on it decays like an event.
    {day: f.endTo, aged: f.endTo, events: 0, v: [x IN CASE WHEN f.dateTo IS NULL THEN intent ELSE level END | -x],
     standing: true, keep: f.endTo IS NOT NULL AND (f.dateTo IS NOT NULL OR f.signedTo IS NOT NULL)},
    {day: f.endTo, aged: endAged, events: 0, v: CASE WHEN f.dateTo IS NULL THEN intent ELSE level END,
     standing: false, keep: f.endTo IS NOT NULL AND (f.dateTo IS NOT NULL OR f.signedTo IS NOT NULL)},
    // Still going on at the last report: after it, the bound nearer zero decays from that report.
    {day: lastReported, aged: lastReported, events: 0,
     v: CASE WHEN weight >= 0 THEN [0.0, -level[1], 0.0, 0.0] ELSE [0.0, 0.0, -level[2], 0.0] END, standing: true,
     keep: f.endTo IS NULL AND f.dateTo IS NOT NULL AND lastReported >= f.dateTo},
    {day: lastReported, aged: lastReported, events: 0,
     v: CASE WHEN weight >= 0 THEN [0.0, level[1], 0.0, 0.0] ELSE [0.0, 0.0, level[2], 0.0] END, standing: false,
     keep: f.endTo IS NULL AND f.dateTo IS NOT NULL AND lastReported >= f.dateTo}
  ] WHERE e.keep]
  ELSE [e IN [
    // Possibly past already (its date range holds the day): in the range only, aged from its first day.
    {day: f.dateFrom, aged: f.dateFrom, events: 0, v: [0.0, CASE WHEN v[1] < 0 THEN v[1] ELSE 0.0 END, CASE WHEN v[2] > 0 THEN v[2] ELSE 0.0 END, 0.0],
     standing: false, keep: f.dateFrom IS NOT NULL AND f.dateFrom < f.dateTo},
    {day: f.dateTo, aged: f.dateFrom, events: 0, v: [0.0, CASE WHEN v[1] < 0 THEN -v[1] ELSE 0.0 END, CASE WHEN v[2] > 0 THEN -v[2] ELSE 0.0 END, 0.0],
     standing: false, keep: f.dateFrom IS NOT NULL AND f.dateFrom < f.dateTo},
    // Certainly past: counted.
    {day: f.dateTo, aged: aged, events: 1, v: v, standing: false, keep: f.dateTo IS NOT NULL}
  ] WHERE e.keep] END AS entries
// A planned act that a later fact fulfils counts until that fact counts, and no longer.
WITH f, sources, disputed, confirmed, weight, magnitude,
     CASE WHEN fulfilledOn IS NULL OR f.status <> 'planned' THEN entries
          ELSE [e IN entries WHERE e.day <= fulfilledOn]
               + [e IN entries WHERE e.day <= fulfilledOn | e {.aged, .standing, day: fulfilledOn, events: -e.events, v: [x IN e.v | -x]}] END AS entries
SET f.weight = weight, f.magnitude = magnitude, f.sources = sources,
    f.claim = CASE WHEN disputed THEN 'disputed' WHEN confirmed THEN 'confirmed' ELSE 'reported' END,
    f.scoreKind = CASE WHEN f:StandingTie THEN f.kind WHEN f.status = 'planned' THEN 'intent'
                       WHEN f.ongoing = true THEN 'ongoing' ELSE f.kind END,
    f.entryDays = [e IN entries | toString(e.day)], f.entryAged = [e IN entries | toString(e.aged)],
    f.entryEvents = [e IN entries | e.events], f.entryStanding = [e IN entries | CASE WHEN e.standing THEN 1 ELSE 0 END],
    f.entryPoint = [e IN entries | e.v[0]], f.entryLow = [e IN entries | e.v[1]],
    f.entryHigh = [e IN entries | e.v[2]], f.entrySingle = [e IN entries | e.v[3]]
RETURN count(f) AS facts;
