// Dyad rollups: the countries each actor counts for, as cooperation.cypher counts them. `sides`: the countries
// whose side the actor is on (the country itself, its militaries and state bodies, officials holding positions in
// them, groups part of them); `countries`: the countries it stands for as the other party (the same ties, whatever its label).
// Parameters: $ids (entity ids).
// :param ids => ['off-min-aung-hlaing', 'mil-rus-defense-ministry', 'MMR', 'ag-mmr-ethnic-armies']
UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN id,
  COLLECT {
    MATCH (x:Country) RETURN x.id AS c
    UNION MATCH (x:Military|StateBody)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
    UNION MATCH (x:Official)-[:HOLDS]->(:Position)-[:IN]->(c:Country) RETURN c.id AS c
    UNION MATCH (x:Official)-[:HOLDS]->(:Position)-[:IN]->(:Military|StateBody)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
    UNION MATCH (x:Group)-[:PART_OF]->(c:Country) RETURN c.id AS c
    UNION MATCH (x:Group)-[:PART_OF]->(:Military|StateBody)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
  } AS sides,
  COLLECT {
    MATCH (x:Country) RETURN x.id AS c
    UNION MATCH (x)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
    UNION MATCH (x)-[:HOLDS]->(:Position)-[:IN]->(c:Country) RETURN c.id AS c
    UNION MATCH (x)-[:HOLDS]->(:Position)-[:IN]->(:Military|StateBody)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
    UNION MATCH (x)-[:PART_OF]->(c:Country) RETURN c.id AS c
    UNION MATCH (x)-[:PART_OF]->(:Military|StateBody)-[:OF_COUNTRY]->(c:Country) RETURN c.id AS c
  } AS countries;
