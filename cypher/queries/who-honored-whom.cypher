// Who honored whom: who conferred which honor on whom, and when, with the count and the source. Giver and recipient
// come with the countries they stand for: a country itself, a military's country, an official's through the
// military they hold a position in, a group's through the military or country it is part of.
// Parameters: $country (ISO 3166-1 alpha-3: only honors given or received on that country's side; null for all).
// Browser: :param country => 'RUS'
MATCH (giver)-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(recipient)
WITH giver, f, recipient,
     COLLECT {
       MATCH (giver)(()-[:HOLDS|IN|PART_OF|OF_COUNTRY]->()){0,3}(c:Country) RETURN DISTINCT c.id AS id ORDER BY id
     } AS giverCountries,
     COLLECT {
       MATCH (recipient)(()-[:HOLDS|IN|PART_OF|OF_COUNTRY]->()){0,3}(c:Country) RETURN DISTINCT c.id AS id ORDER BY id
     } AS recipientCountries
WHERE $country IS NULL OR $country IN giverCountries OR $country IN recipientCountries
OPTIONAL MATCH (source:Source {id: f.sourceId})
RETURN giver.id AS giverId, giver.name AS giver, giverCountries,
       COLLECT { MATCH (f)-[:OF_HONOR]->(h:Honor) RETURN h.name ORDER BY h.name } AS honors,
       recipient.id AS recipientId, recipient.name AS recipient, recipientCountries,
       f.date AS date, f.dateText AS dateText, f.count AS count, f.countQualifier AS countQualifier,
       f.id AS conferralId, source.id AS sourceId, source.name AS source
ORDER BY f.dateTo DESC, f.dateFrom DESC, giver, recipient;
