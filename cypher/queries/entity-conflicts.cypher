// Import checks: what the graph holds of the entities a request declares (labels, name, whether the reference data
// describes them) and which countries hold the iso2 codes it gives, in one read, so that the importer refuses before
// writing what a write would break: a constraint of cypher/schema.cypher, reference data, a re-typing or a renaming.
// Parameters: $ids (entity ids), $iso2 (country codes).
// :param ids => ['RUS', 'off-soe-win']   :param iso2 => ['RU']
RETURN
  COLLECT { UNWIND $ids AS id MATCH (n:Entity {id: id})
            RETURN {id: n.id, labels: labels(n), name: n.name, properties: properties(n),
                    reference: EXISTS { (n)-[:DESCRIBED_IN]->(:Source {kind: 'reference data'}) }} } AS entities,
  COLLECT { UNWIND $iso2 AS code MATCH (c:Country {iso2: code}) RETURN {iso2: code, id: c.id} } AS iso2;
