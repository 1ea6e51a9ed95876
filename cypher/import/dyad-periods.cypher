// Dyad rollups: add facts' entries (cypher/import/fact-terms.cypher) to the (:DyadPeriod) rows, one per country a,
// country b, month of the entries' day, kind, CAMEO code, direction from a's side and weight. `values` holds nine
// sums: events; score, low, high and single-source part of the decaying entries, each scaled by
// 2 ^ (days from the month's first day to the entry's age date / 365), so that x 0.5 ^ (days from the month's first
// day to asOf / 365) gives them at asOf; and the same four of the standing entries, as they are. The day lists
// (days of the month, and nine values per day in dayValues; append-only, a day may repeat; plain numbers, which
// every tool reads) count a month that holds asOf only up to asOf.
// Negative rows take entries out again; a row left with nothing is deleted.
// Parameters: $rows (list of {key, a, b, month, monthEnd, kind, cameo, direction, weight, values, days, dayValues}).
// Browser: :param rows => [{key: 'MMR|RUS|2024-03-01|conferral|051|a->b|3.4', a: 'MMR', b: 'RUS', month: date('2024-03-01'), monthEnd: date('2024-03-31'), kind: 'conferral', cameo: '051', direction: 'a->b', weight: 3.4, values: [1, 3.4, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0], days: [28], dayValues: [1, 3.4, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0]}]
UNWIND $rows AS row
MERGE (p:DyadPeriod {key: row.key})
  ON CREATE SET p.a = row.a, p.b = row.b, p.month = row.month, p.monthEnd = row.monthEnd, p.kind = row.kind,
                p.cameo = row.cameo, p.direction = row.direction, p.weight = row.weight,
                p.values = [k IN range(0, 8) | 0.0], p.days = [], p.dayValues = []
SET p.values = [k IN range(0, 8) | p.values[k] + row.values[k]], p.days = p.days + row.days,
    p.dayValues = p.dayValues + row.dayValues
WITH p WHERE all(v IN p.values WHERE abs(v) < 1e-9)
DELETE p;
