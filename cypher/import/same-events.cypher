// Import, before the facts: which fact already in the graph is each new report about? One event told by several
// sources is one fact with a report (REPORTED_IN) from each. A report this source made before is found by its
// own id (idempotent re-imports). Otherwise the same event is a fact of the same kind and status, the same CAMEO
// root, the same givers or actors and the same recipients or targets, whose date range overlaps the report's,
// reported by another source: `sure` when both ranges are at most 31 days long (then the report is merged into
// it), else a possible duplicate (kept apart, tied by POSSIBLY_SAME_AS, and counted once). MODEL.md has the rules.
// Parameters: $sourceId, $rows (list of {id, key (kind|status|ongoing|root|givers|receivers, or null), dateFrom, dateTo}).
// Browser: :param sourceId => 'src-example'   :param rows => [{id: 'cnf-new', key: 'Conferral|carried_out|false|05|off-min-aung-hlaing|grp-rus-officers-honored-2024-03-28', dateFrom: date('2024-03-28'), dateTo: date('2024-03-28')}]
UNWIND $rows AS row
CALL (row) {
  // Through the index on reportId: from the source, this would walk every report it made (a GDELT file's thousands).
  OPTIONAL MATCH (known:Fact)-[r:REPORTED_IN]->(s:Source)
  USING INDEX r:REPORTED_IN(reportId)
  WHERE r.reportId = row.id AND s.id = $sourceId
  WITH known LIMIT 1
  RETURN known
}
CALL (row, known) {
  // Kind, status, CAMEO root, givers and receivers are in the fact's sameEventKey (fact-terms.cypher sets it,
  // SameEvents.key writes the row's), found through its index: a country's thousands of facts are not walked.
  WITH row WHERE known IS NULL AND row.key IS NOT NULL
  MATCH (f:Fact {sameEventKey: row.key})
  WHERE f.id <> row.id AND f.duplicateOf IS NULL
    AND (f.dateFrom IS NULL OR row.dateTo IS NULL OR f.dateFrom <= row.dateTo)
    AND (row.dateFrom IS NULL OR f.dateTo IS NULL OR row.dateFrom <= f.dateTo)
    AND NOT EXISTS { (f)-[:REPORTED_IN]->(:Source {id: $sourceId}) }
  WITH f, row.dateFrom IS NOT NULL AND f.dateFrom IS NOT NULL AND duration.inDays(row.dateFrom, row.dateTo).days <= 31
          AND duration.inDays(f.dateFrom, f.dateTo).days <= 31 AS sure
  ORDER BY sure DESC, f.id
  LIMIT 1
  RETURN f, sure
}
WITH row, known, f, sure WHERE known IS NOT NULL OR f IS NOT NULL
RETURN row.id AS id, coalesce(known.id, f.id) AS same, known IS NOT NULL OR sure AS sure;
