// Graph import, step 1: nodes from an Entente graph export, merged on their key label and id, with all their
// labels and properties. Labels come from Entente's fixed list (the importer checks them).
// Parameters: $rows (list of {key, id, labels, properties}).
// Browser: :param rows => [{key: 'Entity', id: 'off-example', labels: ['Entity', 'Official'], properties: {id: 'off-example', name: 'An official'}}]
UNWIND $rows AS row
MERGE (n:$(row.key) {id: row.id})
SET n:$(row.labels), n += row.properties;
