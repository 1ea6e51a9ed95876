// Overview: what is in the graph, for the explorer's landing view: how many of each kind of node, the span of the
// facts' dates, the latest sources and the latest facts up to $asOf (by their earliest possible day, which the
// fact_date_from index orders), and the names of the countries in $countries (the dyads the overview shows).
// Parameters: $asOf (date), $top (how many sources and facts to list), $countries (list of country ids).
// :param asOf => date('2024-03-30')   :param top => 5   :param countries => ['MMR', 'RUS']
CALL () {
  MATCH (f:Fact) WHERE f.dateFrom IS NOT NULL
  WITH f ORDER BY f.dateFrom LIMIT 1
  RETURN collect(f.dateFrom)[0] AS firstDay
}
CALL () {
  MATCH (f:Fact) WHERE f.dateFrom IS NOT NULL
  WITH f ORDER BY f.dateFrom DESC LIMIT 1
  RETURN collect(f.dateFrom)[0] AS lastDay
}
CALL () {
  MATCH (s:Source) WHERE s.date IS NOT NULL
  WITH s ORDER BY toString(s.date) DESC, s.id LIMIT $top
  RETURN collect({id: s.id, title: coalesce(s.title, s.name), publisher: s.publisher, date: toString(s.date),
                  facts: COUNT { (s)<-[:REPORTED_IN]-(:Fact) }}) AS sources
}
CALL () {
  MATCH (f:Fact) WHERE f.dateFrom <= $asOf
  WITH f ORDER BY f.dateFrom DESC, f.id LIMIT $top
  RETURN collect({id: f.id, summary: f.name, date: f.date, cameo: f.cameo, goldstein: f.goldstein,
                  sourceIds: f.sourceIds}) AS facts
}
CALL () {
  MATCH (t:DyadTotal) WHERE t.a < t.b
  RETURN count(t) AS dyads
}
RETURN {countries: COUNT { (:Country) }, militaries: COUNT { (:Military) }, stateBodies: COUNT { (:StateBody) },
        officials: COUNT { (:Official) }, groups: COUNT { (:Group) }, armedGroups: COUNT { (:ArmedGroup) },
        honors: COUNT { (:Honor) }, facts: COUNT { (:Fact) }, sources: COUNT { (:Source) }, dyads: dyads} AS counts,
       firstDay, lastDay, sources, facts,
       COLLECT { MATCH (c:Country) WHERE c.id IN $countries RETURN {id: c.id, name: c.name} } AS names;
