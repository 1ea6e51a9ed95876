package org.entente.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.cooperation.CountryTie;
import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the measures of the network on Graph Data Science (cypher/queries/network-measures.cypher) on a graph of its
 * own for each request, under a new name, which the query drops itself; {@link #drop} drops it in a transaction of
 * its own should the query fail or time out half-way. Only Cypher and GDS procedures: it runs on an external Neo4j
 * with GDS as on the embedded one.
 */
@Component
class NetworkGraph {

	private final Neo4jClient neo4j;

	private final String measuresQuery;

	private final String dropQuery;

	NetworkGraph(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.measuresQuery = queries.get("network-measures");
		this.dropQuery = queries.get("network-drop");
	}

	/** A country's measures in the network: its bloc as GDS numbers it (arbitrary), influence and betweenness. */
	record Measured(String id, String name, long community, double influence, double betweenness, double modularity) {
	}

	/** A name no other request uses. */
	static String newName() {
		return "entente-network-" + UUID.randomUUID();
	}

	/** @param ties every tie of the network, in a fixed order (the answer depends on it) */
	@ReadTransaction
	List<Measured> measure(String graph, List<CountryTie> ties) {
		List<Map<String, Object>> rows = ties.stream()
			.map(tie -> Map.<String, Object>of("a", tie.a(), "b", tie.b(), "score", tie.score()))
			.toList();
		return List.copyOf(this.neo4j.query(this.measuresQuery)
			.bindAll(Map.of("graph", graph, "ties", rows))
			.fetchAs(Measured.class)
			.mappedBy((types, row) -> new Measured(row.get("id").asString(), row.get("name").asString(null),
					row.get("bloc").asLong(), row.get("influence").asDouble(), row.get("betweenness").asDouble(),
					row.get("modularity").asDouble()))
			.all());
	}

	@ReadTransaction
	void drop(String graph) {
		this.neo4j.query(this.dropQuery).bind(graph).to("graph").run();
	}

}
