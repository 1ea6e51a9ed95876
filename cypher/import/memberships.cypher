// Import, step 7: countries' parties to treaties (PARTY_TO) and members of alliances (MEMBER_OF), with the dates
// the tie starts and ends (EDTF plus bounds), each carrying the dossier's source.
// Parameters: $sourceId, $rows (list of {country, type, of, properties}).
// Browser: :param sourceId => 'src-example'   :param rows => [{country: 'MMR', type: 'PARTY_TO', of: 'treaty-example', properties: {start: '2024-04-01', startFrom: date('2024-04-01'), startTo: date('2024-04-01')}}]
UNWIND $rows AS row
MATCH (c:Country {id: row.country}), (t:Entity {id: row.of})
MERGE (c)-[r:$(row.type)]->(t)
SET r += row.properties, r.sourceId = $sourceId;
