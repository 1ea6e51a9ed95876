package org.entente.bloom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.cypher.RecordValues;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Neo4j Bloom perspective, made from the model when it is asked for ({@link BloomController}), so it cannot drift
 * from it: the labels, relationship types and property keys of the graph as it is, the style below, and the saved
 * queries, which the search phrases run with their other parameters pinned.
 */
@Component
class BloomPerspective {

	/** Bump when the perspective's content changes, so Bloom sees a newer edit. */
	static final Instant EDITED = Instant.parse("2026-12-02T00:00:00Z");

	static final String HOSTILE = "#E03C31";

	private static final List<String> PALETTE = List.of("#FFE081", "#C990C0", "#F79767", "#57C7E3", "#F16667",
			"#D9C8AE", "#8DCC93", "#ECB5C9", "#4C8EDA", "#FFC454", "#DA7194", "#569480", "#848484", "#D9D9D9");

	/** A category per label, in Bloom's order of precedence: a fact's kind before Fact. */
	record Style(String label, String color, String icon, int size) {
	}

	static final List<Style> CATEGORIES = List.of(
			new Style("Country", "#4C8EDA", "flag", 3),
			new Style("Military", "#569480", "shield", 2),
			new Style("StateBody", "#6C8EBF", "landmark", 2),
			new Style("Official", "#FFC454", "user", 2),
			new Style("Group", "#F79767", "users", 2),
			new Style("ArmedGroup", "#8B5A2B", "crosshairs", 2),
			new Style("Honor", "#C990C0", "medal", 1),
			new Style("Conferral", "#8DCC93", "award", 1),
			new Style("Engagement", "#57C7E3", "handshake", 1),
			new Style("Position", "#D9C8AE", "id-badge", 1),
			new Style("StandingTie", "#3D7A9E", "handshake", 2),
			new Style("Fact", "#A5ABB6", "bolt", 1),
			new Style("Treaty", "#2E5E8C", "file-signature", 2),
			new Style("Alliance", "#1F3A5F", "link", 3),
			new Style("Source", "#D9D9D9", "newspaper", 1),
			new Style("EventType", "#ECB5C9", "tag", 1),
			new Style("Obligation", "#DA7194", "balance-scale", 1));

	/**
	 * Labels that are not categories: every entity also has Entity; AppliedScript is the loader's bookkeeping;
	 * DyadPeriod and DyadTotal are the cooperation rollups, derived from the facts; ScoringModel holds the model's
	 * parameters; Import and ImportSequence are the audit trail, read through /api/imports.
	 */
	static final Set<String> UNCATEGORISED = Set.of("Entity", "AppliedScript", "DyadPeriod", "DyadTotal",
			"ScoringModel", "Import", "ImportSequence");

	/** Every relationship type of the model, including those the seed has none of yet. */
	static final List<String> RELATIONSHIP_TYPES = List.of("OF_COUNTRY", "OPERATES_IN", "PART_OF", "HOLDS", "IN",
			"AWARDED_BY", "CONFERRED", "AWARDED_TO", "OF_HONOR", "ACTOR_IN", "TARGETS", "OF_TYPE", "REPORTED_IN",
			"MENTIONED_IN", "DESCRIBED_IN", "PARTY_TO", "MEMBER_OF", "OF_TREATY", "FULFILLS", "POSSIBLY_SAME_AS", "WROTE");

	/** Provenance every entity carries: shown on demand, not in every scene. */
	static final List<String> HIDDEN_RELATIONSHIP_TYPES = List.of("DESCRIBED_IN", "MENTIONED_IN", "WROTE");

	/** Where a search phrase's parameter takes its suggestions from: nothing, a label's key, or a Cypher query. */
	record Param(String name, String label, String key, String cypher, String example) {

		static Param labelKey(String name, String label, String key, String example) {
			return new Param(name, label, key, null, example);
		}

		static Param query(String name, String cypher, String example) {
			return new Param(name, null, null, cypher, example);
		}

	}

	/**
	 * A search phrase: a saved query with its other parameters pinned to literals, and optionally a tail that turns
	 * its rows into the nodes, relationships and paths Bloom draws.
	 */
	record Phrase(String id, String text, String description, String query, Map<String, String> pinned, String tail,
			List<Param> params) {
	}

	private static final String ENTITY_IDS = "MATCH (n:Entity) RETURN n.id AS id ORDER BY id";

	static final List<Phrase> PHRASES = List.of(
			new Phrase("alliance-paths", "alliance path from $from to $to",
					"Up to 3 paths of the fewest hops (at most 6) through cooperative ties, as they stand today (alliance-paths.cypher).",
					"alliance-paths", Map.of("k", "3", "maxHops", "6", "asOf", "date()"), null,
					List.of(Param.query("from", ENTITY_IDS, "off-soe-win"),
							Param.query("to", ENTITY_IDS, "mil-rus-defense-ministry"))),
			new Phrase("cooperation", "cooperation of $country",
					"Every fact behind the country's cooperation scores with its partners today, and who took part (cooperation.cypher).",
					"cooperation", Map.of("as", "[$country]", "bs", "null", "asOf", "date()", "halfLifeDays", "365"), """
							UNWIND evidence AS e
							MATCH (fact) WHERE (fact:Fact OR fact:Treaty OR fact:Alliance) AND fact.id = e.id
							MATCH tie = (fact)-[:CONFERRED|AWARDED_TO|ACTOR_IN|TARGETS|PARTY_TO|MEMBER_OF]-()
							RETURN tie""",
					List.of(Param.labelKey("country", "Country", "id", "MMR"))),
			new Phrase("honors-conferred-by", "honors conferred by $country",
					"Honors given by the country, its militaries and its officials: giver, conferral, honor, recipient (who-honored-whom.cypher).",
					"who-honored-whom", Map.of(), """
							WITH conferralId, giverCountries WHERE $country IN giverCountries
							MATCH (f:Fact {id: conferralId})
							MATCH conferral = (:Entity)-[:CONFERRED]->(f)-[:AWARDED_TO]->(:Entity)
							OPTIONAL MATCH honor = (f)-[:OF_HONOR]->(:Honor)
							RETURN conferral, honor""",
					List.of(Param.labelKey("country", "Country", "id", "RUS"))),
			new Phrase("who-honored-whom", "who honored whom",
					"Every conferral: giver, honor and recipient (who-honored-whom.cypher).",
					"who-honored-whom", Map.of("country", "null"), """
							MATCH (f:Fact {id: conferralId})
							MATCH conferral = (:Entity)-[:CONFERRED]->(f)-[:AWARDED_TO]->(:Entity)
							OPTIONAL MATCH honor = (f)-[:OF_HONOR]->(:Honor)
							RETURN conferral, honor""",
					List.of()));

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	BloomPerspective(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** The perspective file's text. */
	@ReadTransaction
	String generate() {
		return json.writeValueAsString(perspective(this.neo4j, this.queries)) + "\n";
	}

	/** The Cypher a phrase runs: the saved query, pinned, wrapped in a subquery when a tail draws its rows. */
	static String cypher(Phrase phrase, CypherQueries queries) {
		String query = queries.get(phrase.query());
		for (Map.Entry<String, String> pin : phrase.pinned().entrySet()) {
			query = query.replaceAll("\\$" + pin.getKey() + "\\b", Matcher.quoteReplacement(pin.getValue()));
		}
		Set<String> left = new TreeSet<>();
		PARAMETER.matcher(query).results().forEach(parameter -> left.add(parameter.group(1)));
		Set<String> asked = new TreeSet<>(phrase.params().stream().map(Param::name).toList());
		if (!left.equals(asked)) {
			throw new IllegalStateException("'" + phrase.text() + "' asks for " + asked + " but " + phrase.query()
					+ ".cypher, pinned, needs " + left);
		}
		if (phrase.tail() == null) {
			return query;
		}
		return "CALL () {\n  " + query.replace("\n", "\n  ") + "\n}\n" + phrase.tail();
	}

	private static Map<String, Object> perspective(Neo4jClient neo4j, CypherQueries queries) {
		long edited = EDITED.toEpochMilli();
		Map<String, Object> perspective = new LinkedHashMap<>();
		perspective.put("name", "Entente");
		perspective.put("id", UUID.nameUUIDFromBytes("org.entente/bloom-perspective".getBytes()).toString());
		perspective.put("version", "2.12.0");
		perspective.put("createdAt", edited);
		perspective.put("lastEditedAt", edited);
		perspective.put("parentPerspectiveId", null);
		perspective.put("categories", categories(nodeProperties(neo4j), edited));
		perspective.put("relationshipTypes", relationshipTypes(relationshipProperties(neo4j)));
		perspective.put("palette", ordered("colors", PALETTE, "currentIndex", CATEGORIES.size() % PALETTE.size()));
		perspective.put("templates", templates(queries, edited));
		perspective.put("hiddenRelationshipTypes", HIDDEN_RELATIONSHIP_TYPES);
		perspective.put("hiddenCategories", List.of());
		perspective.put("hideUncategorisedData", true);
		return perspective;
	}

	private static List<Object> categories(Map<String, Map<String, String>> properties, long edited) {
		List<Object> categories = new ArrayList<>();
		categories.add(category(0, "Other", "#848484", "no-icon", 1, List.of(), Map.of(), edited));
		for (int i = 0; i < CATEGORIES.size(); i++) {
			Style style = CATEGORIES.get(i);
			Map<String, String> keys = new TreeMap<>(properties.getOrDefault(style.label(), Map.of()));
			// A label with no nodes yet (Treaty, Alliance) still gets its id and its caption.
			keys.putIfAbsent("id", "string");
			keys.putIfAbsent("name", "string");
			if (style.label().equals("Country")) {
				// Written by POST /api/network/blocs; before that, no country has them.
				keys.putIfAbsent("bloc", "string");
				keys.putIfAbsent("blocAsOf", "date");
			}
			categories.add(category(i + 1, style.label(), style.color(), style.icon(), style.size(), List.of(style.label()),
					keys, edited));
		}
		return categories;
	}

	private static Map<String, Object> category(int id, String name, String color, String icon, int size,
			List<String> labels, Map<String, String> keys, long edited) {
		Map<String, Object> category = new LinkedHashMap<>();
		category.put("id", id);
		category.put("name", name);
		category.put("color", color);
		category.put("size", size);
		category.put("icon", icon);
		category.put("labels", labels);
		category.put("properties", keys.entrySet().stream().map(key -> {
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("name", key.getKey());
			property.put("exclude", false);
			property.put("isCaption", key.getKey().equals("name"));
			property.put("dataType", key.getValue());
			return property;
		}).toList());
		category.put("caption", labels.isEmpty() ? List.of() : List.of("name"));
		category.put("styleRules", keys.containsKey("goldstein") ? goldsteinRules()
				: keys.containsKey("bloc") ? blocRules() : List.of());
		category.put("createdAt", edited);
		category.put("lastEditedAt", edited);
		return category;
	}

	/**
	 * A fact's Goldstein weight, from -10 (hostile) to +10 (cooperative): hostile facts are red, and the more
	 * cooperative a fact, the larger. Ties carry no weight of their own; it is the fact between them that does.
	 */
	private static List<Object> goldsteinRules() {
		Map<String, Object> hostile = new LinkedHashMap<>();
		hostile.put("type", "single");
		hostile.put("basedOn", "goldstein");
		hostile.put("dataType", "number");
		hostile.put("condition", "less-than");
		hostile.put("conditionValue", 0);
		hostile.put("applyColor", true);
		hostile.put("color", HOSTILE);
		hostile.put("applySize", false);
		hostile.put("applyCaption", false);
		Map<String, Object> weight = new LinkedHashMap<>();
		weight.put("type", "range");
		weight.put("basedOn", "goldstein");
		weight.put("dataType", "number");
		weight.put("minValue", -10);
		weight.put("maxValue", 10);
		weight.put("applyColor", false);
		weight.put("applySize", true);
		weight.put("minSize", 1);
		weight.put("maxSize", 4);
		weight.put("applyCaption", false);
		return List.of(hostile, weight);
	}

	/**
	 * A country's bloc, as POST /api/network/blocs last wrote it: one colour per bloc (Bloom picks them from its
	 * palette), so that blocs show on any scene; a country in no bloc keeps the category's colour.
	 */
	private static List<Object> blocRules() {
		Map<String, Object> bloc = new LinkedHashMap<>();
		bloc.put("type", "unique-values");
		bloc.put("basedOn", "bloc");
		bloc.put("dataType", "string");
		bloc.put("applyColor", true);
		bloc.put("applySize", false);
		bloc.put("applyCaption", false);
		return List.of(bloc);
	}

	private static List<Object> relationshipTypes(Map<String, Map<String, String>> properties) {
		List<Object> types = new ArrayList<>();
		for (String name : RELATIONSHIP_TYPES) {
			Map<String, Object> type = new LinkedHashMap<>();
			type.put("name", name);
			type.put("id", name);
			type.put("color", "#A5ABB6");
			type.put("size", 1);
			type.put("properties", new TreeMap<>(properties.getOrDefault(name, Map.of("sourceId", "string"))).entrySet()
				.stream()
				.map(key -> ordered("propertyKey", key.getKey(), "dataType", key.getValue()))
				.toList());
			types.add(type);
		}
		return types;
	}

	private static List<Object> templates(CypherQueries queries, long edited) {
		return PHRASES.stream().map(phrase -> {
			Map<String, Object> template = new LinkedHashMap<>();
			template.put("id", "tmpl:" + phrase.id());
			template.put("name", phrase.text());
			template.put("text", phrase.text());
			template.put("description", phrase.description());
			template.put("cypher", cypher(phrase, queries));
			template.put("params", phrase.params().stream().map(param -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("name", "$" + param.name());
				json.put("dataType", "String");
				json.put("suggestionLabel", param.label());
				json.put("suggestionProp", param.key());
				json.put("cypher", param.cypher());
				return json;
			}).toList());
			template.put("hasCypherErrors", false);
			template.put("createdAt", edited);
			return (Object) template;
		}).toList();
	}

	/** Property keys per label in the graph, with their Bloom data type. */
	private static Map<String, Map<String, String>> nodeProperties(Neo4jClient neo4j) {
		Map<String, Map<String, String>> keys = new TreeMap<>();
		for (TypeProperty row : typeProperties(neo4j, """
				CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
				WHERE propertyName IS NOT NULL
				RETURN nodeLabels AS types, propertyName, propertyTypes""")) {
			for (String label : row.types()) {
				keys.computeIfAbsent(label, l -> new TreeMap<>())
					.merge(row.property(), dataType(row.neo4jTypes()), BloomPerspective::wider);
			}
		}
		return keys;
	}

	/** A property key of a label (or of labels together) or a relationship type, with the types its values have. */
	private record TypeProperty(List<String> types, String property, List<String> neo4jTypes) {
	}

	private static Collection<TypeProperty> typeProperties(Neo4jClient neo4j, String query) {
		return neo4j.query(query)
			.fetchAs(TypeProperty.class)
			.mappedBy((types, row) -> new TypeProperty(RecordValues.strings(row.get("types")),
					row.get("propertyName").asString(), RecordValues.strings(row.get("propertyTypes"))))
			.all();
	}

	private static Map<String, Map<String, String>> relationshipProperties(Neo4jClient neo4j) {
		Map<String, Map<String, String>> keys = new TreeMap<>();
		for (TypeProperty row : typeProperties(neo4j, """
				CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
				WHERE propertyName IS NOT NULL
				RETURN [substring(relType, 2, size(relType) - 3)] AS types, propertyName, propertyTypes""")) {
			keys.computeIfAbsent(row.types().get(0), t -> new TreeMap<>())
				.merge(row.property(), dataType(row.neo4jTypes()), BloomPerspective::wider);
		}
		return keys;
	}

	private static String dataType(List<String> neo4jTypes) {
		return neo4jTypes.stream().map(type -> switch (type) {
			case "String" -> "string";
			case "Long", "Double" -> "number";
			case "Boolean" -> "boolean";
			case "Date" -> "date";
			case "DateTime", "LocalDateTime" -> "datetime";
			default -> type.endsWith("Array") ? "array" : "string";
		}).reduce(BloomPerspective::wider).orElse("string");
	}

	/** A map that keeps its keys in the order given, so the file is the same on every run. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String wider(String a, String b) {
		return a.equals(b) ? a : "string";
	}

}
