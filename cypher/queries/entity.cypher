// Entity: any node by its id, with its properties and every relationship: the other end's id, labels and name,
// and the source each relationship comes from.
// Parameters: $id (e.g. 'off-min-aung-hlaing', 'MMR', 'cnf-2024-03-28-mmr-titles-to-27-russian-officers').
// Browser: :param id => 'off-min-aung-hlaing'
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION MATCH (n:Fact {id: $id}) RETURN n
  UNION MATCH (n:Source {id: $id}) RETURN n
  UNION MATCH (n:EventType {id: $id}) RETURN n
}
WITH n LIMIT 1
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]-(other) WHERE NOT other:Import
    OPTIONAL MATCH (source:Source {id: r.sourceId})
    RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
            otherId: other.id, otherLabels: labels(other), otherName: other.name,
            properties: properties(r), source: source {.id, .name, .date}} AS relationship
    ORDER BY relationship.type, relationship.otherName
  } AS relationships;
