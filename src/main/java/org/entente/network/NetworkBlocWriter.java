package org.entente.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.cypher.CypherQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes each country's bloc at a date (cypher/import/network-blocs.cypher), where Bloom styles by it. */
@Component
class NetworkBlocWriter {

	private final Neo4jClient neo4j;

	private final String script;

	NetworkBlocWriter(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.script = queries.importStep("network-blocs");
	}

	@Transactional
	BlocsWritten write(Network network) {
		List<Map<String, Object>> rows = network.nodes().stream()
			.map(node -> Map.<String, Object>of("id", node.id(), "bloc", node.bloc()))
			.toList();
		Map<String, Object> counts = this.neo4j.query(this.script)
			.bindAll(Map.of("rows", rows, "asOf", network.asOf()))
			.fetch()
			.one()
			.orElse(Map.of());
		return new BlocsWritten(network.asOf(), network.halfLifeDays(), network.blocs().size(),
				((Number) counts.getOrDefault("written", 0L)).longValue(), ((Number) counts.getOrDefault("cleared", 0L)).longValue());
	}

}
