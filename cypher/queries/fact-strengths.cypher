// Fact strengths: how much each fact ties its parties together at $asOf, from 0 to 1: s = 1 - exp(-c / 10), for the
// fact's contribution c to cooperation strength (the sum of its entries that count at $asOf, as cooperation.cypher
// sums them). Paths report it for each hop and multiply it along the way; a hostile or not yet certain fact has
// strength 0.
// Parameters: $ids (fact ids), $asOf (date), $halfLifeDays (number).
// Browser: :param ids => ['cnf-2024-03-28-mmr-titles-to-27-russian-officers']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
UNWIND $ids AS id
MATCH (f:Fact {id: id})
WITH f, [i IN range(0, size(coalesce(f.entryDays, [])) - 1) WHERE f.entryDays[i] <= toString($asOf)] AS active
WITH f, reduce(c = 0.0, i IN active | c + f.entryPoint[i] * CASE WHEN f.entryStanding[i] = 1 THEN 1.0
       ELSE 0.5 ^ (duration.inDays(date(f.entryAged[i]), $asOf).days / toFloat($halfLifeDays)) END) AS c
RETURN f.id AS id, CASE WHEN c > 0 THEN 1 - exp(-c / 10) ELSE 0.0 END AS strength;
