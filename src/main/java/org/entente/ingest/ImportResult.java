package org.entente.ingest;

/** What one dossier's import wrote: the counts come from Neo4j, so a second import of the same dossier shows 0s. */
record ImportResult(String sourceId, int entities, int facts, int nodesCreated, int relationshipsCreated,
		int propertiesSet) {
}
