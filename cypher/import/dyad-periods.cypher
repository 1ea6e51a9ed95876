// Dyad rollups: add pre-aggregated contributions to the (:DyadPeriod) rows (one per country a, country b, month
// of the facts' last possible day, kind, CAMEO code, direction from a's side and weight). `scaled` sums
// weight x (1 + ln count) x 2 ^ (days from the month's first day to the fact's age date / 365), so that
// scaled x 0.5 ^ (days from the month's first day to asOf / 365) is the facts' contribution at asOf. The day lists
// (days of the month, dayEvents, dayScaled; append-only, a day may repeat; plain numbers, which every tool reads)
// count a month that holds asOf only up to asOf.
// Negative rows take facts out again; a row left with no events is deleted.
// Parameters: $rows (list of {key, a, b, month, monthEnd, kind, cameo, direction, weight, events, scaled, days, dayEvents, dayScaled}).
// Browser: :param rows => [{key: 'MMR|RUS|2024-03-01|conferral|051|a->b|3.4', a: 'MMR', b: 'RUS', month: date('2024-03-01'), monthEnd: date('2024-03-31'), kind: 'conferral', cameo: '051', direction: 'a->b', weight: 3.4, events: 1, scaled: 3.4, days: [28], dayEvents: [1], dayScaled: [3.4]}]
UNWIND $rows AS row
MERGE (p:DyadPeriod {key: row.key})
  ON CREATE SET p.a = row.a, p.b = row.b, p.month = row.month, p.monthEnd = row.monthEnd, p.kind = row.kind,
                p.cameo = row.cameo, p.direction = row.direction, p.weight = row.weight, p.events = 0, p.scaled = 0.0,
                p.days = [], p.dayEvents = [], p.dayScaled = []
SET p.events = p.events + row.events, p.scaled = p.scaled + row.scaled, p.days = p.days + row.days,
    p.dayEvents = p.dayEvents + row.dayEvents, p.dayScaled = p.dayScaled + row.dayScaled
WITH p WHERE p.events = 0
DELETE p;
