// Audit: an import that created nothing (a dossier imported again) leaves no record, and gives its number back.
// Parameters: $importId.
// Browser: :param importId => 'imp-0'
MATCH (i:Import {id: $importId}) WHERE NOT EXISTS { (i)-[:WROTE]->() }
OPTIONAL MATCH (c:ImportSequence {id: 'imports'}) WHERE c.last = i.seq
SET c.last = c.last - 1
DETACH DELETE i;
