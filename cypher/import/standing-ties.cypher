// Import, after the memberships: the standing ties of treaties and alliances. For each pair of countries that are
// parties to one treaty (PARTY_TO) or members of one alliance (MEMBER_OF), one derived fact (:Fact:StandingTie),
// joint, with both countries as actors, OF_TREATY the treaty and REPORTED_IN the sources of both memberships. Its
// dates are the pair's: signed by both (signedTo: the later signature; the treaty's own when a party has none), in force for both (dateFrom, dateTo: the
// later entry into force; null until then) and ended for either (endFrom, endTo, endReason: the earlier end).
// fact-terms.cypher scores it like any fact; its id is tie-<treaty>-<country>-<country>.
// Parameters: $treaties (treaty and alliance ids).
// Browser: :param treaties => ['treaty-xex-xey-friendship']
UNWIND $treaties AS treatyId
MATCH (t:Entity {id: treatyId})
MATCH (a:Country)-[pa:PARTY_TO|MEMBER_OF]->(t)<-[pb:PARTY_TO|MEMBER_OF]-(b:Country)
WHERE a.id < b.id AND type(pa) = type(pb)
WITH t, a, b, pa, pb,
     CASE WHEN pa.endTo IS NULL OR (pb.endTo IS NOT NULL AND pb.endTo < pa.endTo) THEN pb ELSE pa END AS ending
MERGE (f:Fact {id: 'tie-' + t.id + '-' + a.id + '-' + b.id})
SET f:StandingTie, f.kind = CASE WHEN t:Treaty THEN 'treaty' ELSE 'alliance' END, f.joint = true,
    f.status = 'carried_out', f.sourceId = pa.sourceId,
    f.name = a.name + ' and ' + b.name + ': ' + t.name,
    // A party's own signature, or else the treaty's (version 1 dossiers date only the treaty's).
    f.signedTo = CASE WHEN coalesce(pa.signedTo, t.signedTo) IS NULL OR coalesce(pb.signedTo, t.signedTo) IS NULL THEN null
                      WHEN coalesce(pa.signedTo, t.signedTo) > coalesce(pb.signedTo, t.signedTo) THEN coalesce(pa.signedTo, t.signedTo)
                      ELSE coalesce(pb.signedTo, t.signedTo) END,
    f.dateFrom = CASE WHEN pa.startTo IS NULL OR pb.startTo IS NULL THEN null
                      WHEN pa.startTo > pb.startTo THEN pa.startFrom ELSE pb.startFrom END,
    f.dateTo = CASE WHEN pa.startTo IS NULL OR pb.startTo IS NULL THEN null
                    WHEN pa.startTo > pb.startTo THEN pa.startTo ELSE pb.startTo END,
    f.date = CASE WHEN pa.startTo IS NULL OR pb.startTo IS NULL THEN null
                  WHEN pa.startTo > pb.startTo THEN pa.start ELSE pb.start END,
    f.endFrom = ending.endFrom, f.endTo = ending.endTo, f.endReason = ending.endReason
MERGE (a)-[ra:ACTOR_IN]->(f) SET ra.sourceId = pa.sourceId
MERGE (b)-[rb:ACTOR_IN]->(f) SET rb.sourceId = pb.sourceId
MERGE (f)-[ro:OF_TREATY]->(t) SET ro.sourceId = pa.sourceId
WITH f, [pa.sourceId, pb.sourceId] AS sourceIds
UNWIND sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (f)-[r:REPORTED_IN]->(s) SET r.sourceId = s.id, r.claim = 'reported', r.date = s.date
RETURN collect(DISTINCT f.id) AS ids;
