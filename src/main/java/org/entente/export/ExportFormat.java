package org.entente.export;

/** The formats the graph is exported in. */
enum ExportFormat {

	GRAPHML("application/graphml+xml", "graphml"), JSON("application/json", "json"), CYPHER("text/plain", "cypher"),
	GEXF("application/gexf+xml", "gexf"), FTM("application/x-ndjson", "ftm.jsonl");

	final String mediaType;

	final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

}
