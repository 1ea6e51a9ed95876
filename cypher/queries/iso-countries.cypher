// ISO countries: the ids of the ISO 3166-1 countries of the reference list (not the ones a test or a source made
// up), in code order, for the synthetic world generator.
// Parameters: none.
MATCH (c:Country) WHERE c.numeric IS NOT NULL
RETURN c.id AS id
ORDER BY id;
