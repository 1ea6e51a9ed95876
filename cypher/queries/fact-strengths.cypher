// Fact strengths: how much each fact ties its parties together at $asOf, from 0 to 1: s = 1 - exp(-c / 10), for the
// fact's contribution c to cooperation strength (the formula of cooperation.cypher). Paths report it for each hop
// and multiply it along the way; a hostile or not yet certain fact has strength 0.
// Parameters: $ids (fact ids), $asOf (date), $halfLifeDays (number).
// Browser: :param ids => ['cnf-2024-03-28-mmr-titles-to-27-russian-officers']   :param asOf => date('2024-03-30')   :param halfLifeDays => 365
UNWIND $ids AS id
MATCH (f:Fact {id: id})-[:OF_TYPE]->(type:EventType)
OPTIONAL MATCH (intent:EventType {code: '031'}) WHERE f.status = 'planned' AND type.root <> '03'
WITH f, coalesce(intent.goldstein, type.goldstein) AS weight,
     CASE WHEN f.dateFrom IS NULL THEN f.dateTo
          ELSE f.dateFrom + duration({days: duration.inDays(f.dateFrom, f.dateTo).days / 2}) END AS agedFrom
WITH f, CASE WHEN f.dateTo <= $asOf
             THEN weight * (1 + log(coalesce(f.count, 1))) * 0.5 ^ (duration.inDays(agedFrom, $asOf).days / toFloat($halfLifeDays))
             ELSE 0.0 END AS c
RETURN f.id AS id, CASE WHEN c > 0 THEN 1 - exp(-c / 10) ELSE 0.0 END AS strength;
