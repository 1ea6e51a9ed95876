package org.entente.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.entente.cypher.CypherQueries;
import org.entente.vocabulary.Vocabulary;
import org.entente.web.InvalidParameterException;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes back a JSON graph export ({@code GET /api/export?format=json}), in one transaction: nodes merged on key
 * label and id, then relationships. Labels and types are checked against {@link Vocabulary} before anything is written.
 */
@Service
class GraphImporter {

	static final String FORMAT = "entente-graph/1";

	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final String nodesScript;

	private final String relationshipsScript;

	private final ApplicationEventPublisher events;

	private final GraphChecks checks;

	GraphImporter(Neo4jClient neo4j, CypherQueries queries, ApplicationEventPublisher events, GraphChecks checks) {
		this.neo4j = neo4j;
		this.checks = checks;
		this.events = events;
		this.nodesScript = queries.importStep("graph-nodes");
		this.relationshipsScript = queries.importStep("graph-relationships");
	}

	record Result(int nodes, int relationships, int nodesCreated, int relationshipsCreated) {
	}

	@Transactional
	@SuppressWarnings("unchecked")
	Result importGraph(Map<String, Object> document) {
		if (!FORMAT.equals(document.get("format"))) {
			throw new InvalidParameterException("format", "must be '" + FORMAT + "', as in an Entente JSON export");
		}
		List<Map<String, Object>> nodes = rows(document.get("nodes"), "nodes");
		List<Map<String, Object>> relationships = rows(document.get("relationships"), "relationships");
		for (int i = 0; i < nodes.size(); i++) {
			Map<String, Object> node = nodes.get(i);
			require(isOneOf(node.get("key"), Vocabulary.KEY_LABELS), "nodes/" + i + "/key", "is not a key label");
			require(node.get("id") instanceof String, "nodes/" + i + "/id", "must be a string");
			require(node.get("labels") instanceof List<?> labels && labels.stream().allMatch(l -> isOneOf(l, Vocabulary.LABELS)),
					"nodes/" + i + "/labels", "must be Entente labels");
			properties(node, "nodes/" + i);
		}
		for (int i = 0; i < relationships.size(); i++) {
			Map<String, Object> r = relationships.get(i);
			require(isOneOf(r.get("type"), Vocabulary.RELATIONSHIP_TYPES), "relationships/" + i + "/type",
					"is not an Entente relationship type");
			require(isOneOf(r.get("startKey"), Vocabulary.KEY_LABELS) && isOneOf(r.get("endKey"), Vocabulary.KEY_LABELS),
					"relationships/" + i, "startKey and endKey must be key labels");
			properties(r, "relationships/" + i);
		}
		this.checks.check(nodes);
		int[] created = new int[2];
		batches(nodes).forEach(batch -> created[0] += this.neo4j.query(this.nodesScript)
			.bind(batch).to("rows").run().counters().nodesCreated());
		batches(relationships).forEach(batch -> created[1] += this.neo4j.query(this.relationshipsScript)
			.bind(batch).to("rows").run().counters().relationshipsCreated());
		// Derived data is not exported: its owners count the imported facts in again, in this transaction.
		this.events.publishEvent(new GraphImported(nodes.size(), relationships.size()));
		return new Result(nodes.size(), relationships.size(), created[0], created[1]);
	}

	/** Neo4j stores only plain values and lists of them as properties. */
	private static void properties(Map<String, Object> row, String at) {
		require(row.get("properties") instanceof Map<?, ?>, at + "/properties", "must be an object");
		((Map<?, ?>) row.get("properties")).forEach((name, value) -> require(storable(value),
				at + "/properties/" + name, "must be a string, a number within 64 bits, a boolean, a date or a list of them"));
	}

	private static boolean storable(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().allMatch(item -> !(item instanceof List<?>) && storable(item));
		}
		// Neo4j's numbers are 64 bits: larger ones (a BigInteger or BigDecimal from the parser, or a double the parser
		// made infinite, such as 1e400) cannot be stored.
		boolean fits = value instanceof Number && !(value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal)
				&& !(value instanceof Double number && number.isInfinite());
		return value instanceof String || fits || value instanceof Boolean
				|| value instanceof java.time.temporal.Temporal;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Object value, String field) {
		require(value instanceof List<?>, field, "must be a list");
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Object> items = (List<Object>) value;
		for (int i = 0; i < items.size(); i++) {
			require(items.get(i) instanceof Map<?, ?>, field + "/" + i, "must be an object");
			rows.add((Map<String, Object>) GraphJson.decode(items.get(i), field + "/" + i));
		}
		return rows;
	}

	private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
		List<List<Map<String, Object>>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return batches;
	}

	/** The vocabulary's immutable collections throw on a null, which a document may hold anywhere. */
	private static boolean isOneOf(Object value, Collection<String> names) {
		return value instanceof String name && names.contains(name);
	}

	private static void require(boolean condition, String field, String reason) {
		if (!condition) {
			throw new InvalidParameterException(field, reason);
		}
	}

}
