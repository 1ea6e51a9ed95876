// Dyad rollups: add to the (:DyadTotal) row of each country pair (a, b): its entries over all time. `values` holds
// what a's side did to b's (aToB) and b's to a's (bToA, a joint fact half to each), the low and high of the range
// and the single-source part, first of the decaying entries, each scaled by 2 ^ (days from 2000-01-01 to the
// entry's age date / 365), then of the standing ones; `lastDay` is the latest day of any entry added. At an asOf on
// or after lastDay every entry counts, so the pair's score is (aToB + bToA) x 0.5 ^ (days from 2000-01-01 to asOf /
// 365) plus the standing aToB + bToA. Negative rows take entries out again (lastDay stays); a row left with nothing
// is deleted.
// Parameters: $rows (list of {key, a, b, events, values, lastDay}).
// Browser: :param rows => [{key: 'MMR|RUS', a: 'MMR', b: 'RUS', events: 1, values: [3.4, 0.0, 1.7, 3.4, 3.4, 0.0, 0.0, 0.0, 0.0, 0.0], lastDay: date('2024-03-28')}]
UNWIND $rows AS row
MERGE (t:DyadTotal {key: row.key})
  ON CREATE SET t.a = row.a, t.b = row.b, t.events = 0, t.values = [k IN range(0, 9) | 0.0]
SET t.events = t.events + row.events, t.values = [k IN range(0, 9) | t.values[k] + row.values[k]],
    t.lastDay = CASE WHEN t.lastDay IS NULL OR row.lastDay > t.lastDay THEN row.lastDay ELSE t.lastDay END
WITH t WHERE t.events = 0 AND all(v IN t.values WHERE abs(v) < 1e-9)
DELETE t;
