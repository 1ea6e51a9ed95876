package org.entente.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.entente.cypher.CypherQueries;
import org.entente.web.InvalidParameterException;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What a graph document would break, checked against itself and the graph in one read before anything is written:
 * a node per key and id, iso2 codes unique (cypher/schema.cypher), reference data (cypher/reference/) and derived
 * data (the rollups) untouched, and no entity re-typed or renamed (a dossier can do that, saying so).
 */
@Component
class GraphChecks {

	/** Key labels whose nodes only cypher/reference/ writes. */
	private static final Set<String> REFERENCE_KEYS = Set.of("EventType", "Obligation", "ScoringModel");

	/** Labels of derived nodes: rebuilt from the facts, never imported. */
	private static final Set<String> DERIVED = Set.of("DyadPeriod", "DyadTotal");

	private static final Set<String> ENTITY_TYPES = Set.of("Country", "Military", "ArmedGroup", "Official", "Group",
			"Honor", "Treaty", "Alliance", "StateBody");

	private final Neo4jClient neo4j;

	private final String query;

	GraphChecks(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.query = queries.get("graph-conflicts");
	}

	/** @throws InvalidParameterException naming the first node or property at fault */
	@SuppressWarnings("unchecked")
	void check(List<Map<String, Object>> nodes) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Integer> iso2s = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			Map<String, Object> node = nodes.get(i);
			String at = "nodes/" + i;
			List<String> labels = (List<String>) node.get("labels");
			labels.stream().filter(DERIVED::contains).findFirst().ifPresent(label -> {
				throw new InvalidParameterException(at + "/labels", "'" + label
						+ "' is derived data (the cooperation rollups), rebuilt from the facts; no import writes it");
			});
			Set<String> keys = new HashSet<>(labels);
			keys.retainAll(org.entente.vocabulary.Vocabulary.KEY_LABELS);
			require(keys.equals(Set.of(node.get("key"))), at + "/labels", "must hold the key label '" + node.get("key")
					+ "' and no other key label");
			Integer first = seen.putIfAbsent(node.get("key") + "/" + node.get("id"), i);
			require(first == null, at + "/id", "duplicates nodes/" + first + "/id: one node per id");
			if (labels.contains("Country") && properties(node).get("iso2") instanceof String iso2) {
				Integer other = iso2s.putIfAbsent(iso2, i);
				require(other == null, at + "/properties/iso2", "'" + iso2 + "' duplicates nodes/" + other
						+ "/properties/iso2: each country has its own iso2");
			}
		}
		Map<String, Value> existing = new HashMap<>();
		Map<String, String> holders = new HashMap<>();
		List<Map<String, Object>> keys = nodes.stream().map(n -> Map.<String, Object>of("key", n.get("key"), "id", n.get("id"))).toList();
		this.neo4j.query(this.query)
			.bindAll(Map.of("rows", keys, "iso2", List.copyOf(iso2s.keySet())))
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				record.get("nodes").values().forEach(n -> existing.put(n.get("key").asString() + "/" + n.get("id").asString(), n));
				record.get("iso2").values().forEach(c -> holders.put(c.get("iso2").asString(), c.get("id").asString()));
				return null;
			})
			.all();
		for (int i = 0; i < nodes.size(); i++) {
			Map<String, Object> node = nodes.get(i);
			String at = "nodes/" + i;
			Value graph = existing.get(node.get("key") + "/" + node.get("id"));
			if (graph == null) {
				require(!REFERENCE_KEYS.contains(node.get("key")), at + "/key", "'" + node.get("id")
						+ "' is not in the reference data, which only cypher/reference/ writes");
			}
			else if (graph.get("reference").asBoolean()) {
				unchanged(node, graph, at);
			}
			else if ("Entity".equals(node.get("key"))) {
				sameTypeAndName(node, graph, at);
			}
			if (properties(node).get("iso2") instanceof String iso2 && ((List<String>) node.get("labels")).contains("Country")) {
				String holder = holders.get(iso2);
				require(holder == null || holder.equals(node.get("id")), at + "/properties/iso2",
						"'" + iso2 + "' is already the iso2 of '" + holder + "' in the graph: each country has its own iso2");
			}
		}
	}

	/** Reference data comes back exactly as it is, or not at all. */
	private static void unchanged(Map<String, Object> node, Value graph, String at) {
		String what = "'" + node.get("id") + "' is reference data (cypher/reference/), which no import changes";
		require(Set.copyOf(graph.get("labels").asList(Value::asString)).equals(Set.copyOf((List<?>) node.get("labels"))),
				at + "/labels", what);
		Map<String, Object> held = graph.get("properties").asMap();
		properties(node).forEach((name, value) -> require(same(value, held.get(name)), at + "/properties/" + name, what));
	}

	private static void sameTypeAndName(Map<String, Object> node, Value graph, String at) {
		Set<String> held = new HashSet<>(graph.get("labels").asList(Value::asString));
		held.retainAll(ENTITY_TYPES);
		Set<String> given = new HashSet<>((List<String>) node.get("labels"));
		given.retainAll(ENTITY_TYPES);
		require(given.isEmpty() || given.equals(held), at + "/labels", "'" + node.get("id") + "' is a "
				+ String.join("/", held) + " in the graph; a graph import does not re-type it (a dossier can, with \"revise\")");
		Object name = properties(node).get("name");
		Object heldName = graph.get("properties").asMap().get("name");
		require(name == null || heldName == null || name.equals(heldName), at + "/properties/name", "'" + node.get("id")
				+ "' is named '" + heldName + "' in the graph; a graph import does not rename it (a dossier can, with \"revise\")");
	}

	private static boolean same(Object given, Object held) {
		if (given instanceof Number a && held instanceof Number b) {
			return (a instanceof Double || b instanceof Double) ? a.doubleValue() == b.doubleValue() : a.longValue() == b.longValue();
		}
		if (given instanceof List<?> a && held instanceof List<?> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int k = 0; k < a.size(); k++) {
				if (!same(a.get(k), b.get(k))) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(given, held);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> node) {
		return (Map<String, Object>) node.get("properties");
	}

	private static void require(boolean condition, String field, String reason) {
		if (!condition) {
			throw new InvalidParameterException(field, reason);
		}
	}

}
