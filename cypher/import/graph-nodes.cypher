// Graph import, step 1: nodes from an Entente graph export, merged on their key label and id (one branch per key
// label, so each MERGE uses that label's index), with all their labels and properties. Labels come from Entente's
// fixed list (the importer checks them).
// Parameters: $rows (list of {key, id, labels, properties}).
// Browser: :param rows => [{key: 'Entity', id: 'off-example', labels: ['Entity', 'Official'], properties: {id: 'off-example', name: 'An official'}}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.key = 'Entity' MERGE (n:Entity {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.key = 'Fact' MERGE (n:Fact {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.key = 'Source' MERGE (n:Source {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.key = 'EventType' MERGE (n:EventType {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.key = 'Obligation' MERGE (n:Obligation {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.key = 'ScoringModel' MERGE (n:ScoringModel {id: row.id}) RETURN n
}
SET n:$(row.labels), n += row.properties;
