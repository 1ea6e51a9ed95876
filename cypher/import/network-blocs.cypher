// Network blocs: writes on each country the bloc it is in at $asOf, as GET /api/network/blocs finds it, so that
// Bloom can colour countries by bloc (`bloc`: the bloc's id, its most influential member; `blocAsOf`: the date);
// a country in no bloc at that date loses both. Run by POST /api/network/blocs (an editor's action): reads never
// write, and a bloc is a judgement at a date, not a fact.
// Parameters: $rows (list of {id, bloc}), $asOf (date).
// Browser: :param rows => [{id: 'MMR', bloc: 'RUS'}, {id: 'RUS', bloc: 'RUS'}]   :param asOf => date('2024-03-30')
OPTIONAL MATCH (old:Country) WHERE old.bloc IS NOT NULL AND NOT old.id IN [row IN $rows | row.id]
REMOVE old.bloc, old.blocAsOf
WITH count(old) AS cleared
CALL (cleared) {
  UNWIND $rows AS row
  MATCH (c:Country {id: row.id})
  SET c.bloc = row.bloc, c.blocAsOf = $asOf
  RETURN count(c) AS written
}
RETURN written, cleared;
