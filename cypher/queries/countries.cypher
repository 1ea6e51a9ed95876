// Countries: every country in the graph, by name, with its codes.
// Parameters: none.
MATCH (c:Country)
RETURN c.id AS id, c.iso2 AS iso2, c.name AS name, c.wikidata AS wikidata, c.cowCode AS cowCode
ORDER BY name;
