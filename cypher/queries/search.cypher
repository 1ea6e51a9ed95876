// Search: which entities have a name or alias containing these words? Case-insensitive, partial ("hlai" finds
// "Min Aung Hlaing"), every word must match. Uses the full-text index `entity_search`.
// Parameters: $q (text, e.g. 'aung hlaing'), $limit (integer, e.g. 20).
// Browser: :param q => 'aung hlaing'   :param limit => 20
// cypher-shell: --param "q => 'aung hlaing'" --param "limit => 20"
// Letters and digits only, so nothing in $q is read as Lucene query syntax.
WITH reduce(text = '', c IN split(toLower($q), '') | text + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE ' ' END) AS cleaned
WITH [word IN split(cleaned, ' ') WHERE word <> ''] AS words
WHERE size(words) > 0
WITH words, reduce(text = '', word IN words | text + CASE WHEN text = '' THEN '' ELSE ' ' END + word) AS text
CALL db.index.fulltext.queryNodes('entity_search',
  reduce(lucene = '', word IN words | lucene + CASE WHEN lucene = '' THEN '' ELSE ' AND ' END + '*' + word + '*'))
  YIELD node, score
// Wildcard matches all score alike: rank an exact name first, then names starting with the text, then shorter names.
WITH node, score, toLower(node.name) AS lowered, text
RETURN node.id AS id, labels(node) AS labels, node.name AS name
ORDER BY CASE WHEN lowered = text THEN 0 WHEN lowered STARTS WITH text THEN 1 ELSE 2 END, score DESC, size(lowered), lowered
LIMIT $limit;
