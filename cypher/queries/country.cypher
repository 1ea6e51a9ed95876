// Country: one country, its militaries, and the officials serving in them with position, rank and dates.
// Parameters: $iso3 (ISO 3166-1 alpha-3, e.g. 'MMR').
// Browser: :param iso3 => 'MMR'
MATCH (c:Country {id: $iso3})
RETURN c {.id, .iso2, .name, .wikidata, .cowCode, .cowAbbrev} AS country,
  COLLECT {
    MATCH (m:Military)-[:OF_COUNTRY]->(c)
    RETURN m {.id, .name, .kind} AS military ORDER BY military.name
  } AS militaries,
  COLLECT {
    MATCH (o:Official)-[:HOLDS]->(p:Position)-[:IN]->(m:Military)-[:OF_COUNTRY]->(c)
    RETURN {id: o.id, name: o.name, military: m.id, title: p.title, rank: p.rank, date: p.date,
            dateText: p.dateText, sourceId: p.sourceId} AS official
    ORDER BY official.name
  } AS officials;
