// Graph import checks: what the graph holds of the nodes a JSON graph document names (by key label and id): their
// labels and properties and whether they are reference data (cypher/reference/: event types, obligations, the
// scoring model, the countries and their source), and which countries hold the iso2 codes it gives, in one read, so
// that the importer refuses before writing what would change reference data, re-type or rename an entity, or break a
// constraint of cypher/schema.cypher.
// Parameters: $rows (list of {key, id}; key one of Entente's key labels), $iso2 (country codes).
// :param rows => [{key: 'Entity', id: 'RUS'}, {key: 'EventType', id: 'cameo-051'}]   :param iso2 => ['RU']
RETURN
  COLLECT { UNWIND $rows AS row MATCH (n:$(row.key) {id: row.id})
            RETURN {key: row.key, id: n.id, labels: labels(n), properties: properties(n),
                    reference: n:EventType OR n:Obligation OR n:ScoringModel OR coalesce(n.kind, '') = 'reference data'
                               OR EXISTS { (n)-[:DESCRIBED_IN]->(:Source {kind: 'reference data'}) }} } AS nodes,
  COLLECT { UNWIND $iso2 AS code MATCH (c:Country {iso2: code}) RETURN {iso2: code, id: c.id} } AS iso2;
