// Imports: the audit trail of dossier and command-line imports, newest first (at most $limit), or the one with $id.
// Parameters: $id (an import id, or null for all), $limit (1-500).
// Browser: :param id => null   :param limit => 50
OPTIONAL MATCH (i:Import) WHERE $id IS NULL OR i.id = $id
WITH i ORDER BY i.seq DESC LIMIT $limit
RETURN collect(i {.*, at: toString(i.at), retractedAt: toString(i.retractedAt)}) AS imports;
