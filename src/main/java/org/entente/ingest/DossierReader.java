package org.entente.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.entente.vocabulary.DateBounds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.SerializationFeature;

/**
 * Checks what a schema cannot (references, CAMEO codes, dates) and turns a dossier into a {@link DossierPlan}.
 * Every problem is collected with its JSON pointer; a dossier with any problem yields no plan.
 */
final class DossierReader {

	/** Which entity types each reference may point at. */
	private static final Set<String> COUNTRY = Set.of("Country");

	private static final Set<String> ACTOR = Set.of("Country", "Military", "StateBody", "ArmedGroup", "Official", "Group");

	private static final Set<String> FACT = Set.of("Fact");

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final String at;

	private final Function<Set<String>, Map<String, List<String>>> graphLabels;

	private final Set<String> eventTypes;

	private final List<DossierError> errors = new ArrayList<>();

	private final List<DossierError> unreadable = new ArrayList<>();

	private final List<EntityConflicts.Declared> declarations = new ArrayList<>();

	/** Each fact's key (its id) and the pointer of the first fact with it. */
	private final Map<String, String> factKeys = new HashMap<>();

	private final Map<String, String> dossierTypes = new HashMap<>();

	private final Map<String, String> requestTypes;

	private final Map<String, String> references = new LinkedHashMap<>();

	private final Map<String, Set<String>> allowed = new HashMap<>();

	private boolean version2;

	/**
	 * @param at the pointer prefix of this dossier in the request ("" for one dossier, "/2" in a list)
	 * @param graphLabels labels of ids already in the graph
	 * @param eventTypes the CAMEO codes the graph knows
	 * @param requestTypes entity ids declared by any dossier of the same request, with their types
	 */
	DossierReader(String at, Function<Set<String>, Map<String, List<String>>> graphLabels, Set<String> eventTypes,
			Map<String, String> requestTypes) {
		this.at = at;
		this.requestTypes = requestTypes;
		this.graphLabels = graphLabels;
		this.eventTypes = eventTypes;
	}

	List<DossierError> errors() {
		return this.errors;
	}

	/** The entities the dossier declares, for the checks against the request and the graph (EntityConflicts). */
	List<EntityConflicts.Declared> declarations() {
		return this.declarations;
	}

	/**
	 * The entity ids a dossier declares, with their types, and the ids of its facts as {@code Fact} (for the other
	 * dossiers of the same request). Items without an id or type (which the schema reports) are left out.
	 */
	static Map<String, String> declaredEntities(JsonNode dossier) {
		Map<String, String> types = new HashMap<>();
		items(dossier, "entities").forEach(e -> {
			if (e.path("id").isString() && e.path("type").isString()) {
				types.put(e.get("id").asString(), e.get("type").asString());
			}
		});
		items(dossier, "facts").forEach(f -> {
			if (f.path("id").isString()) {
				types.putIfAbsent(f.get("id").asString(), "Fact");
			}
		});
		return types;
	}

	/** The dossier's list of that name; anything else, which the schema reports, holds nothing to read. */
	private static JsonNode items(JsonNode dossier, String name) {
		JsonNode items = dossier.path(name);
		return items.isArray() ? items : MissingNode.getInstance();
	}

	/** The plan, or null when the dossier has errors (see {@link #errors()}). */
	DossierPlan read(JsonNode dossier) {
		this.version2 = "2".equals(dossier.path("dossierVersion").asString(""));
		JsonNode source = dossier.get("source");
		LocalDate sourceDate = sourceDate(source.get("date").asString());
		String sourceId = source.get("id").asString();
		Map<String, Object> sourceProps = new LinkedHashMap<>();
		sourceProps.put("id", sourceId);
		sourceProps.put("name", source.path("title").asString(""));
		sourceProps.put("nameKnown", source.path("titleKnown").asBoolean(true));
		sourceProps.put("date", sourceDate);
		copyText(source, sourceProps, "publisher", "url", "kind", "language", "document", "note");

		List<Map<String, Object>> entities = new ArrayList<>();
		List<Map<String, Object>> ties = new ArrayList<>();
		JsonNode entityNodes = items(dossier, "entities");
		Map<String, Integer> firstEntity = new HashMap<>();
		for (int i = 0; i < entityNodes.size(); i++) {
			if (!entityNodes.get(i).path("id").isString() || !entityNodes.get(i).path("type").isString()) {
				continue; // reported by the schema
			}
			String id = entityNodes.get(i).get("id").asString();
			Integer first = firstEntity.putIfAbsent(id, i);
			if (first != null) {
				error("/entities/" + i + "/id", "duplicate id '" + id + "': duplicates " + this.at + "/entities/" + first + "/id");
			}
			this.dossierTypes.putIfAbsent(id, entityNodes.get(i).get("type").asString());
		}
		for (int i = 0; i < entityNodes.size(); i++) {
			JsonNode entity = entityNodes.get(i);
			String pointer = "/entities/" + i;
			tolerant(pointer, () -> entity(entity, pointer, sourceDate, entities, ties));
		}

		List<Map<String, Object>> facts = new ArrayList<>();
		List<Map<String, Object>> in = new ArrayList<>();
		List<Map<String, Object>> out = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		JsonNode factNodes = items(dossier, "facts");
		for (int i = 0; i < factNodes.size(); i++) {
			JsonNode fact = factNodes.get(i);
			String pointer = "/facts/" + i;
			tolerant(pointer, () -> fact(fact, pointer, sourceId, sourceDate, facts, in, out, memberships));
		}
		checkReferences();
		return this.errors.isEmpty() ? new DossierPlan(sourceProps, entities, ties, facts, in, out, memberships) : null;
	}

	/**
	 * Reads one item. An item the schema rejected may lack what reading needs: it is skipped here, its schema
	 * errors stand, and the other items are still checked, so that one answer lists every error.
	 */
	private void tolerant(String pointer, Runnable read) {
		try {
			read.run();
		}
		catch (RuntimeException ex) {
			// Usually reported by the schema; if not, the item must not be left out silently.
			this.unreadable.add(new DossierError(this.at + pointer, "could not be read"));
		}
	}

	/** Items that could not be read: errors only when the schema found none (it then says why). */
	List<DossierError> unreadable() {
		return this.unreadable;
	}

	private LocalDate sourceDate(String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			String bad = DateBounds.notPublishable(date, LocalDate.now());
			if (bad != null) {
				error("/source/date", bad);
				return LocalDate.MAX;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			error("/source/date", "'" + text + "' is not a real day (YYYY-MM-DD)");
			return LocalDate.MAX;
		}
	}

	private void entity(JsonNode e, String pointer, LocalDate sourceDate, List<Map<String, Object>> entities,
			List<Map<String, Object>> ties) {
		String type = e.get("type").asString();
		String id = e.get("id").asString();
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("name", e.get("name").asString());
		props.put("nameKnown", e.path("nameKnown").asBoolean(true));
		props.put("aliases", strings(e.path("aliases")));
		copyText(e, props, "wikidata", "kind", "iso2", "cowAbbrev", "countQualifier", "quote", "note");
		copyNumber(e, props, "cowCode", "count");
		switch (type) {
			case "Country" -> props.put("iso3", id);
			case "Military" -> tie(ties, id, "OF_COUNTRY", e, "country", pointer, COUNTRY);
			case "ArmedGroup" -> tie(ties, id, "OPERATES_IN", e, "country", pointer, COUNTRY);
			case "StateBody" -> tie(ties, id, "OF_COUNTRY", e, "country", pointer, COUNTRY);
			case "Group" -> {
				tie(ties, id, "PART_OF", e, "partOf", pointer, Set.of("Military", "Country"));
				props.put("membersNamed", false);
			}
			case "Honor" -> {
				tie(ties, id, "AWARDED_BY", e, "awardedBy", pointer, Set.of("Country", "Military", "Official"));
				if (e.has("newlyCreated") && !e.get("newlyCreated").isNull()) {
					props.put("newlyCreated", e.get("newlyCreated").asBoolean());
				}
			}
			case "Treaty", "Alliance" -> {
				props.put("obligations", strings(e.path("obligations")));
				dated(props, "signed", e, pointer, sourceDate);
			}
			default -> {
			}
		}
		Map<String, Object> row = new HashMap<>(Map.of("label", type, "id", id, "properties", props, "drop", List.of()));
		entities.add(row);
		Set<String> revise = new HashSet<>(strings(e.path("revise")));
		this.declarations.add(new EntityConflicts.Declared(id, this.at + pointer, type, e.get("name").asString(), revise, row));
	}

	private void fact(JsonNode f, String pointer, String sourceId, LocalDate sourceDate, List<Map<String, Object>> facts,
			List<Map<String, Object>> in, List<Map<String, Object>> out, List<Map<String, Object>> memberships) {
		String type = f.get("type").asString();
		ImpreciseDate date = f.hasNonNull("date") ? date(f.get("date").asString(), pointer + "/date", sourceDate) : null;
		if (type.equals("Membership")) {
			membership(f, pointer, date, sourceDate, memberships);
			return;
		}
		String id = f.hasNonNull("sameAs") ? f.get("sameAs").asString()
				: f.hasNonNull("id") ? f.get("id").asString() : contentId(sourceId, f);
		if (f.hasNonNull("sameAs")) {
			expect(id, pointer + "/sameAs", FACT);
		}
		// One dossier states each fact once: a second row with the key would write the fact twice.
		String keyAt = pointer + (f.hasNonNull("sameAs") ? "/sameAs" : f.hasNonNull("id") ? "/id" : "");
		String first = this.factKeys.putIfAbsent(id, keyAt);
		if (first != null) {
			error(keyAt, "'" + id + "' duplicates " + this.at + first + ": a dossier states each fact once");
		}
		boolean ongoing = this.version2 && (f.hasNonNull("until") || f.get("date").asString().strip().endsWith("/.."));
		if (ongoing) {
			date = start(f.get("date").asString(), pointer + "/date", sourceDate);
		}
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("name", f.path("summary").asString(id));
		props.put("status", f.path("status").asString("carried_out"));
		props.put("countQualifier", f.path("countQualifier").asString(f.hasNonNull("count") ? "exactly" : "unknown"));
		copyNumber(f, props, "count");
		copyText(f, props, "quote", "dateText", "title", "rank", "cameo", "plannedFor", "note");
		if (date != null) {
			props.put("date", date.edtf());
			props.put("dateFrom", date.from());
			props.put("dateTo", date.to());
			props.put("datePrecision", date.precision());
		}
		if (ongoing) {
			ongoing(f, pointer, date, sourceDate, props);
		}
		String typeCode = null;
		switch (type) {
			case "Position" -> {
				in.add(Map.of("entity", ref(f, "official", pointer, Set.of("Official")), "type", "HOLDS", "fact", id));
				out.add(Map.of("fact", id, "type", "IN", "entity", f.hasNonNull("body")
						? ref(f, "body", pointer, Set.of("Military", "StateBody")) : ref(f, "military", pointer, Set.of("Military"))));
				props.put("rankKnown", f.hasNonNull("rank"));
			}
			case "Conferral" -> {
				typeCode = "conferral";
				props.put("kind", "conferral");
				props.put("cameo", "051");
				in.add(Map.of("entity", ref(f, "giver", pointer, Set.of("Official", "Military", "Country")), "type",
						"CONFERRED", "fact", id));
				out.add(Map.of("fact", id, "type", "AWARDED_TO", "entity",
						ref(f, "recipient", pointer, Set.of("Official", "Group", "Military", "Country"))));
				JsonNode honors = f.get("honors");
				for (int h = 0; h < honors.size(); h++) {
					String honor = honors.get(h).asString();
					expect(honor, pointer + "/honors/" + h, Set.of("Honor"));
					out.add(Map.of("fact", id, "type", "OF_HONOR", "entity", honor));
				}
			}
			case "Engagement" -> {
				typeCode = f.get("cameo").asString();
				if (!this.eventTypes.contains(typeCode)) {
					error(pointer + "/cameo", "unknown CAMEO code '" + typeCode + "'");
				}
				props.put("kind", "engagement");
				props.put("joint", f.path("joint").asBoolean(false));
				props.put("activities", strings(f.path("activities")));
				JsonNode actors = f.get("actors");
				for (int a = 0; a < actors.size(); a++) {
					expect(actors.get(a).asString(), pointer + "/actors/" + a, ACTOR);
					in.add(Map.of("entity", actors.get(a).asString(), "type", "ACTOR_IN", "fact", id));
				}
				JsonNode targets = f.path("targets");
				for (int t = 0; t < targets.size(); t++) {
					expect(targets.get(t).asString(), pointer + "/targets/" + t, ACTOR);
					out.add(Map.of("fact", id, "type", "TARGETS", "entity", targets.get(t).asString()));
				}
			}
			default -> {
			}
		}
		if (f.hasNonNull("fulfills")) {
			String planned = f.get("fulfills").asString();
			expect(planned, pointer + "/fulfills", FACT);
			out.add(Map.of("fact", id, "type", "FULFILLS", "entity", planned, "to", "Fact"));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("label", type);
		row.put("id", id);
		row.put("typeCode", typeCode);
		row.put("properties", props);
		row.put("report", report(f, props, sourceDate));
		row.put("match", !f.hasNonNull("sameAs") && !f.path("distinct").asBoolean(false));
		facts.add(row);
	}

	/**
	 * What this source says of the fact, kept on its REPORTED_IN tie: its own count, qualifier, status, claim,
	 * summary and quote, and its date. One event told by several sources is one fact with several reports.
	 */
	private static Map<String, Object> report(JsonNode f, Map<String, Object> props, LocalDate sourceDate) {
		Map<String, Object> report = new LinkedHashMap<>();
		for (String key : List.of("count", "countQualifier", "status", "quote", "name")) {
			if (props.containsKey(key)) {
				report.put(key.equals("name") ? "summary" : key, props.get(key));
			}
		}
		report.put("claim", f.path("claim").asString("reported"));
		report.put("date", sourceDate);
		return report;
	}

	/** An ongoing state (v2): {@code until} its end, or open ({@code ..} or a date open at its end). */
	private void ongoing(JsonNode f, String pointer, ImpreciseDate start, LocalDate sourceDate, Map<String, Object> props) {
		props.put("ongoing", true);
		String until = f.path("until").asString("..");
		props.put("until", until);
		if (!until.strip().equals("..")) {
			ImpreciseDate end = date(until, pointer + "/until", sourceDate);
			if (end != null && start != null && end.to() != null && start.from() != null && end.to().isBefore(start.from())) {
				error(pointer + "/until", "'" + until + "' is before the state began (" + start.edtf() + ")");
			}
			else if (end != null) {
				props.put("endFrom", end.from());
				props.put("endTo", end.to());
			}
		}
	}

	/** The start of an ongoing state: the date, or the start of a date open at its end ({@code 2022-02-24/..}). */
	private ImpreciseDate start(String text, String pointer, LocalDate sourceDate) {
		String start = text.strip().endsWith("/..") ? text.strip().substring(0, text.strip().length() - 3) : text;
		ImpreciseDate date = date(start, pointer, sourceDate);
		return (date == null) ? null : new ImpreciseDate(text.strip(), date.from(), date.to(), date.precision());
	}

	private void membership(JsonNode f, String pointer, ImpreciseDate start, LocalDate sourceDate,
			List<Map<String, Object>> memberships) {
		String of = f.get("of").asString();
		expect(of, pointer + "/of", Set.of("Treaty", "Alliance"));
		String country = ref(f, "country", pointer, COUNTRY);
		Map<String, Object> props = new LinkedHashMap<>();
		range(props, "start", start);
		if (dated(props, "end", f, pointer, sourceDate)) {
			props.put("endReason", f.path("endReason").asString("ended"));
		}
		dated(props, "signed", f, pointer, sourceDate);
		String type = "Alliance".equals(typeOf(of)) ? "MEMBER_OF" : "PARTY_TO";
		memberships.add(Map.of("country", country, "type", type, "of", of, "properties", props));
	}

	/**
	 * Sets {@code name}, {@code nameFrom} and {@code nameTo} from the node's date field {@code name}, if it has one.
	 * @return whether the node has the field
	 */
	private boolean dated(Map<String, Object> props, String name, JsonNode node, String pointer, LocalDate sourceDate) {
		if (!node.hasNonNull(name)) {
			return false;
		}
		range(props, name, date(node.get(name).asString(), pointer + "/" + name, sourceDate));
		return true;
	}

	/** Sets {@code name} (EDTF), {@code nameFrom} and {@code nameTo} (its bounds), unless the date is null. */
	private static void range(Map<String, Object> props, String name, ImpreciseDate date) {
		if (date != null) {
			props.put(name, date.edtf());
			props.put(name + "From", date.from());
			props.put(name + "To", date.to());
		}
	}

	private ImpreciseDate date(String text, String pointer, LocalDate sourceDate) {
		try {
			ImpreciseDate date = ImpreciseDate.parse(text);
			if (date.from() != null && date.from().isAfter(sourceDate)) {
				error(pointer, "'" + text + "' is after the source's own date (" + sourceDate + ")");
				return null;
			}
			return date.noLaterThan(sourceDate);
		}
		catch (IllegalArgumentException ex) {
			error(pointer, ex.getMessage());
			return null;
		}
	}

	private void tie(List<Map<String, Object>> ties, String from, String type, JsonNode e, String field, String pointer,
			Set<String> types) {
		ties.add(Map.of("from", from, "type", type, "to", ref(e, field, pointer, types)));
	}

	private String ref(JsonNode node, String field, String pointer, Set<String> types) {
		String id = node.get(field).asString();
		expect(id, pointer + "/" + field, types);
		return id;
	}

	private void expect(String id, String pointer, Set<String> types) {
		this.references.put(pointer, id);
		this.allowed.put(pointer, types);
	}

	private String typeOf(String id) {
		return this.dossierTypes.get(id);
	}

	/**
	 * Every reference must name an entity of an allowed type: in this dossier, in another dossier of the same
	 * request, or already in the graph.
	 */
	private void checkReferences() {
		Map<String, String> declared = new HashMap<>(this.requestTypes);
		declared.putAll(this.dossierTypes);
		Set<String> outside = new HashSet<>(this.references.values());
		outside.removeAll(declared.keySet());
		Map<String, List<String>> inGraph = outside.isEmpty() ? Map.of() : this.graphLabels.apply(outside);
		this.references.forEach((pointer, id) -> {
			List<String> labels = declared.containsKey(id) ? List.of(declared.get(id)) : inGraph.get(id);
			Set<String> types = this.allowed.get(pointer);
			if (labels == null) {
				error(pointer, "'" + id + "' is neither in this request's dossiers nor in the graph");
			}
			else if (labels.stream().noneMatch(types::contains)) {
				error(pointer, "'" + id + "' is a " + String.join("/", labels) + ", expected " + String.join(" or ", types));
			}
		});
	}

	private void error(String pointer, String reason) {
		this.errors.add(new DossierError(this.at + pointer, reason));
	}

	/** A fact without an id is keyed by its source and its content, so importing it again finds it again. */
	private static String contentId(String sourceId, JsonNode fact) {
		try {
			String canonical = CANONICAL.writeValueAsString(CANONICAL.convertValue(fact, Object.class));
			byte[] digest = MessageDigest.getInstance("SHA-256").digest((sourceId + "\n" + canonical).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "fact-" + HexFormat.of().formatHex(digest, 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static void copyText(JsonNode node, Map<String, Object> props, String... fields) {
		for (String field : fields) {
			if (node.hasNonNull(field)) {
				props.put(field, node.get(field).asString());
			}
		}
	}

	private static void copyNumber(JsonNode node, Map<String, Object> props, String... fields) {
		for (String field : fields) {
			if (node.hasNonNull(field)) {
				props.put(field, node.get(field).asLong());
			}
		}
	}

}
