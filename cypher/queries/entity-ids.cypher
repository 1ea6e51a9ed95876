// Entity ids: which of these ids name an entity (country, military, official, honor, group, treaty, ...)?
// Parameters: $ids (list of ids).
// Browser: :param ids => ['MMR', 'off-soe-win', 'no-such-id']
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels;
