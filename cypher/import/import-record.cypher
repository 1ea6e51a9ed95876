// Audit, first step of a recorded import: its (:Import) node, numbered from one counter whose lock orders
// concurrent imports. Who, when, what (file, SHA-256 of the body); import-counts.cypher adds the counts.
// Parameters: $import (map {user, at, kind, file, sha256}).
// Browser: :param import => {user: 'editor', at: datetime('2024-04-02T10:00:00Z'), kind: 'dossier', file: null, sha256: '00'}
MERGE (c:ImportSequence {id: 'imports'})
SET c.last = coalesce(c.last, 0) + 1
CREATE (i:Import)
SET i = $import, i.seq = c.last, i.id = 'imp-' + c.last
RETURN i.id AS id;
