// Dyad rollups: which of these fact ids are already in the graph (an import adds the others).
// Parameters: $ids (fact ids).
// :param ids => ['cnf-rus-honor-to-soe-win', 'fact-not-there']
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN f.id AS id;
