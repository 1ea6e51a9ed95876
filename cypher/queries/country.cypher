// Country: one country, its militaries and state bodies, and the officials serving in them with position, rank and
// dates (`military` or `body` says where).
// Parameters: $iso3 (ISO 3166-1 alpha-3, e.g. 'MMR').
// Browser: :param iso3 => 'MMR'
MATCH (c:Country {id: $iso3})
RETURN c {.id, .iso2, .name, .wikidata, .cowCode, .cowAbbrev} AS country,
  COLLECT {
    MATCH (m:Military)-[:OF_COUNTRY]->(c)
    RETURN m {.id, .name, .kind} AS military ORDER BY military.name
  } AS militaries,
  COLLECT {
    MATCH (b:StateBody)-[:OF_COUNTRY]->(c)
    RETURN b {.id, .name, .kind} AS body ORDER BY body.name
  } AS stateBodies,
  COLLECT {
    MATCH (o:Official)-[:HOLDS]->(p:Position)-[:IN]->(u:Military|StateBody)-[:OF_COUNTRY]->(c)
    RETURN {id: o.id, name: o.name, military: CASE WHEN u:Military THEN u.id END,
            body: CASE WHEN u:StateBody THEN u.id END, title: p.title, rank: p.rank, date: p.date,
            dateText: p.dateText, sourceId: p.sourceId} AS official
    ORDER BY official.name, official.title
  } AS officials;
