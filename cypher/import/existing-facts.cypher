// Import, before the facts: which of these fact ids are in the graph already? New facts are created outright
// (new-facts.cypher); facts already there are merged (facts.cypher), so importing twice changes nothing.
// Parameters: $ids (list of fact ids).
// Browser: :param ids => ['eng-mmr-rus-joint-activities-planned', 'eng-example']
UNWIND $ids AS id
MATCH (f:Fact {id: id})
RETURN collect(f.id) AS existing;
