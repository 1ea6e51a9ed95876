// Dyad rollups, full rebuild: set each (:DyadTotal) row to what the facts give (see dyad-totals.cypher), stamped
// with this rebuild's $build (see dyad-periods-replace.cypher).
// Parameters: $build (string), $rows (as in dyad-totals.cypher).
// Browser: :param build => 'example'   :param rows => [{key: 'MMR|RUS', a: 'MMR', b: 'RUS', events: 1, values: [3.4, 0.0, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0, 0.0], lastDay: date('2024-03-28')}]
UNWIND $rows AS row
MERGE (t:DyadTotal {key: row.key})
SET t = row, t.build = $build;
