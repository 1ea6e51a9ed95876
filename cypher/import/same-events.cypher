// Import, before the facts: which fact already in the graph is each new report about? One event told by several
// sources is one fact with a report (REPORTED_IN) from each. A report this source made before is found by its
// own id (idempotent re-imports). Otherwise the same event is a fact of the same kind and status, the same CAMEO
// root, the same givers or actors and the same recipients or targets, whose date range overlaps the report's,
// reported by another source: `sure` when both ranges are at most 31 days long (then the report is merged into
// it), else a possible duplicate (kept apart, tied by POSSIBLY_SAME_AS, and counted once). MODEL.md has the rules.
// Parameters: $sourceId, $rows (list of {id, label, root, status, ongoing, givers, receivers (sorted ids), dateFrom, dateTo}).
// Browser: :param sourceId => 'src-example'   :param rows => [{id: 'cnf-new', label: 'Conferral', root: '05', status: 'carried_out', ongoing: false, givers: ['off-min-aung-hlaing'], receivers: ['grp-rus-officers-honored-2024-03-28'], dateFrom: date('2024-03-28'), dateTo: date('2024-03-28')}]
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (known:Fact)-[:REPORTED_IN {reportId: row.id}]->(:Source {id: $sourceId})
  WITH known LIMIT 1
  RETURN known
}
CALL (row, known) {
  WITH row WHERE known IS NULL AND size(row.givers) > 0
  MATCH (:Entity {id: row.givers[0]})-[:CONFERRED|ACTOR_IN]->(f:Fact)
  WHERE row.label IN labels(f) AND f.id <> row.id AND f.duplicateOf IS NULL
    AND coalesce(f.status, 'carried_out') = row.status AND coalesce(f.ongoing, false) = row.ongoing
    AND substring(coalesce(f.cameo, ''), 0, 2) = row.root
    AND (f.dateFrom IS NULL OR row.dateTo IS NULL OR f.dateFrom <= row.dateTo)
    AND (row.dateFrom IS NULL OR f.dateTo IS NULL OR row.dateFrom <= f.dateTo)
    AND NOT EXISTS { (f)-[:REPORTED_IN]->(:Source {id: $sourceId}) }
    AND COLLECT { MATCH (g)-[:CONFERRED|ACTOR_IN]->(f) RETURN g.id ORDER BY g.id } = row.givers
    AND COLLECT { MATCH (f)-[:AWARDED_TO|TARGETS]->(r:Entity) RETURN r.id ORDER BY r.id } = row.receivers
  WITH f, row.dateFrom IS NOT NULL AND f.dateFrom IS NOT NULL AND duration.inDays(row.dateFrom, row.dateTo).days <= 31
          AND duration.inDays(f.dateFrom, f.dateTo).days <= 31 AS sure
  ORDER BY sure DESC, f.id
  LIMIT 1
  RETURN f, sure
}
WITH row, known, f, sure WHERE known IS NOT NULL OR f IS NOT NULL
RETURN row.id AS id, coalesce(known.id, f.id) AS same, known IS NOT NULL OR sure AS sure;
