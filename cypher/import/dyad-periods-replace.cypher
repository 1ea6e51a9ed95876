// Dyad rollups, full rebuild: set each (:DyadPeriod) row to what the facts give (see dyad-periods.cypher), stamped
// with this rebuild's $build so that dyad-rollups-sweep.cypher can remove the rows no fact gives any more. Rows are
// replaced rather than deleted and created again: one transaction that deletes and re-creates the same keys is slow.
// Parameters: $build (string), $rows (as in dyad-periods.cypher).
// Browser: :param build => 'example'   :param rows => [{key: 'MMR|RUS|2024-03-01|conferral|051|a->b|3.4', a: 'MMR', b: 'RUS', month: date('2024-03-01'), monthEnd: date('2024-03-31'), kind: 'conferral', cameo: '051', direction: 'a->b', weight: 3.4, values: [1, 3.4, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0], days: [28], dayValues: [1, 3.4, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0]}]
UNWIND $rows AS row
MERGE (p:DyadPeriod {key: row.key})
SET p = row, p.build = $build;
