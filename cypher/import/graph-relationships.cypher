// Graph import, step 2: relationships from an Entente graph export, merged between their end nodes (found by key
// label and id), with their properties. Types come from Entente's fixed list (the importer checks them).
// Parameters: $rows (list of {type, startKey, start, endKey, end, properties}).
// Browser: :param rows => [{type: 'OF_COUNTRY', startKey: 'Entity', start: 'mil-mmr-armed-forces', endKey: 'Entity', end: 'MMR', properties: {sourceId: 'src-article-000-c0b8e9393a674a5f'}}]
UNWIND $rows AS row
MATCH (a:$(row.startKey) {id: row.start}), (b:$(row.endKey) {id: row.end})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.properties;
