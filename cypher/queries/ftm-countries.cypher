// FollowTheMoney import: the graph's countries by their ISO 3166-1 alpha-2 code (FtM writes countries as "ru",
// "mm"), lowercase as FtM writes them.
// Parameters: none.
MATCH (c:Country) WHERE c.iso2 IS NOT NULL
RETURN toLower(c.iso2) AS iso2, c.id AS id;
