// Dyad rollups: add to the (:DyadTotal) row of each country pair (a, b): its facts over all time, what a's side did
// to b's (aToB) and b's to a's (bToA, a joint fact half to each), each summed as weight x (1 + ln count) x
// 2 ^ (days from 2000-01-01 to the fact's age date / 365), and lastDay, the latest day of any fact added. At an
// asOf on or after lastDay every fact counts, so the pair's score is (aToB + bToA) x 0.5 ^ (days from 2000-01-01 to
// asOf / 365). Negative rows take facts out again (lastDay stays); a row left with no events is deleted.
// Parameters: $rows (list of {key, a, b, events, aToB, bToA, lastDay}).
// Browser: :param rows => [{key: 'MMR|RUS', a: 'MMR', b: 'RUS', events: 1, aToB: 3.4, bToA: 0.0, lastDay: date('2024-03-28')}]
UNWIND $rows AS row
MERGE (t:DyadTotal {key: row.key})
  ON CREATE SET t.a = row.a, t.b = row.b, t.events = 0, t.aToB = 0.0, t.bToA = 0.0
SET t.events = t.events + row.events, t.aToB = t.aToB + row.aToB, t.bToA = t.bToA + row.bToA,
    t.lastDay = CASE WHEN t.lastDay IS NULL OR row.lastDay > t.lastDay THEN row.lastDay ELSE t.lastDay END
WITH t WHERE t.events = 0
DELETE t;
