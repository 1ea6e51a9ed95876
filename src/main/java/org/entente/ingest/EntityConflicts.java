package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.entente.cypher.CypherQueries;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What a request's entities would break, checked against each other and against the graph in one read before anything
 * is written: iso2 codes are unique (cypher/schema.cypher), reference data (cypher/reference/) is not changed, and an
 * entity in the graph is re-typed or renamed only when its dossier says so ({@code "revise": ["type", "name"]}).
 */
@Component
class EntityConflicts {

	/** The entity types a dossier declares, as labels: what re-typing takes off. */
	static final Set<String> TYPES = Set.of("Country", "Military", "ArmedGroup", "Official", "Group", "Honor",
			"Treaty", "Alliance", "StateBody");

	/** What cypher/reference/countries.cypher sets, and no dossier may change. */
	private static final List<String> REFERENCE_FIELDS = List.of("iso2", "cowCode", "cowAbbrev", "wikidata");

	/**
	 * One entity as a dossier declares it.
	 * @param at its pointer in the request
	 * @param row its row for cypher/import/entities.cypher: a re-typing puts the labels to take off in {@code drop}
	 */
	record Declared(String id, String at, String type, String name, Set<String> revise, Map<String, Object> row) {

		@SuppressWarnings("unchecked")
		Object property(String key) {
			return ((Map<String, Object>) this.row.get("properties")).get(key);
		}

	}

	private final Neo4jClient neo4j;

	private final String query;

	EntityConflicts(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.query = queries.get("entity-conflicts");
	}

	List<DossierError> check(List<Declared> declared) {
		if (declared.isEmpty()) {
			return List.of();
		}
		List<String> codes = declared.stream().filter(d -> d.type().equals("Country") && d.property("iso2") != null)
			.map(d -> (String) d.property("iso2")).distinct().toList();
		Map<String, Value> existing = new HashMap<>();
		Map<String, String> holders = new HashMap<>();
		this.neo4j.query(this.query)
			.bindAll(Map.of("ids", declared.stream().map(Declared::id).distinct().toList(), "iso2", codes))
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				record.get("entities").values().forEach(e -> existing.put(e.get("id").asString(), e));
				record.get("iso2").values().forEach(c -> holders.put(c.get("iso2").asString(), c.get("id").asString()));
				return null;
			})
			.all();
		List<DossierError> errors = new ArrayList<>();
		Map<String, Declared> byId = new HashMap<>();
		Map<String, Declared> byIso2 = new HashMap<>();
		for (Declared d : declared) {
			Declared earlier = byId.putIfAbsent(d.id(), d);
			if (earlier != null && !earlier.type().equals(d.type())) {
				errors.add(new DossierError(d.at() + "/type", "'" + d.id() + "' is declared a " + earlier.type() + " at "
						+ earlier.at() + ": one request gives an entity one type"));
			}
			else if (earlier != null && !Objects.equals(earlier.name(), d.name())) {
				errors.add(new DossierError(d.at() + "/name", "'" + d.id() + "' is named '" + earlier.name() + "' at "
						+ earlier.at() + ": one request gives an entity one name"));
			}
			Value graph = existing.get(d.id());
			if (graph != null) {
				inGraph(d, graph, errors);
			}
			if (d.type().equals("Country") && d.property("iso2") instanceof String iso2) {
				Declared other = byIso2.putIfAbsent(iso2, d);
				String holder = holders.get(iso2);
				if (other != null && !other.id().equals(d.id())) {
					errors.add(new DossierError(d.at() + "/iso2", "'" + iso2 + "' duplicates " + other.at()
							+ "/iso2 (" + other.id() + "): each country has its own iso2"));
				}
				else if (holder != null && !holder.equals(d.id())) {
					errors.add(new DossierError(d.at() + "/iso2",
							"'" + iso2 + "' is already the iso2 of '" + holder + "' in the graph: each country has its own iso2"));
				}
			}
		}
		return errors;
	}

	/** The entity is in the graph: its type, name and reference fields stay unless the dossier says otherwise. */
	private static void inGraph(Declared d, Value graph, List<DossierError> errors) {
		boolean reference = graph.get("reference").asBoolean();
		List<String> types = graph.get("labels").asList(Value::asString).stream().filter(TYPES::contains).toList();
		if (!types.contains(d.type())) {
			String is = "'" + d.id() + "' is a " + String.join("/", types);
			if (reference) {
				errors.add(new DossierError(d.at() + "/type", is + " of the reference data (cypher/reference/), which no import re-types"));
			}
			else if (!d.revise().contains("type")) {
				errors.add(new DossierError(d.at() + "/type", is + " in the graph; to re-type it, the entity says \"revise\": [\"type\"]"));
			}
			else {
				d.row().put("drop", types);
			}
		}
		String name = graph.get("name").isNull() ? null : graph.get("name").asString();
		if (name != null && !name.equals(d.name()) && !d.revise().contains("name")) {
			errors.add(new DossierError(d.at() + "/name", "'" + d.id() + "' is named '" + name
					+ "' in the graph; to rename it, the entity says \"revise\": [\"name\"]"));
		}
		if (reference) {
			Value properties = graph.get("properties");
			for (String field : REFERENCE_FIELDS) {
				Object given = d.property(field);
				Object held = properties.get(field).isNull() ? null : properties.get(field).asObject();
				if (given != null && !same(given, held)) {
					errors.add(new DossierError(d.at() + "/" + field, "'" + d.id() + "' has " + field + " '" + held
							+ "' in the reference data (cypher/reference/countries.cypher), which no import changes"));
				}
			}
		}
	}

	private static boolean same(Object given, Object held) {
		if (given instanceof Number a && held instanceof Number b) {
			return a.longValue() == b.longValue();
		}
		return Objects.equals(given, held);
	}

}
