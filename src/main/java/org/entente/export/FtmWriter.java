package org.entente.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import tools.jackson.databind.json.JsonMapper;

/**
 * FollowTheMoney entities as JSON lines, which the FtM tools (followthemoney, nomenklatura, Aleph) read: officials
 * as {@code Person}, military as {@code Organization} (topic {@code mil}), state bodies as {@code PublicBody} (topic
 * {@code gov}), armed groups as {@code Organization}, positions as an {@code Occupancy} of a {@code Position} in the
 * body, engagements and conferrals as {@code Event}s. FtM has no country entity: a country is the {@code country}
 * property (ISO alpha-2, lowercase) of what it is tied to. docs/formats.md says what has no FtM equivalent.
 */
final class FtmWriter {

	private final JsonMapper json;

	private final Map<String, GraphSnapshot.Node> nodes = new HashMap<>();

	private final Map<String, List<GraphSnapshot.Relationship>> from = new HashMap<>();

	private final Map<String, List<GraphSnapshot.Relationship>> to = new HashMap<>();

	private final Map<String, String> iso2 = new HashMap<>();

	private FtmWriter(JsonMapper json, GraphSnapshot graph) {
		this.json = json;
		graph.nodes().forEach(node -> this.nodes.put(node.id(), node));
		graph.nodes().stream().filter(node -> node.labels().contains("Country") && node.properties().get("iso2") != null)
			.forEach(node -> this.iso2.put(node.id(), node.properties().get("iso2").toString().toLowerCase(Locale.ROOT)));
		for (GraphSnapshot.Relationship r : graph.relationships()) {
			this.from.computeIfAbsent(r.start(), id -> new ArrayList<>()).add(r);
			this.to.computeIfAbsent(r.end(), id -> new ArrayList<>()).add(r);
		}
	}

	static String write(JsonMapper json, GraphSnapshot graph) {
		FtmWriter writer = new FtmWriter(json, graph);
		StringBuilder out = new StringBuilder();
		for (GraphSnapshot.Node node : graph.nodes()) {
			for (Map<String, Object> entity : writer.entities(node)) {
				out.append(json.writeValueAsString(entity)).append('\n');
			}
		}
		return out.toString();
	}

	private List<Map<String, Object>> entities(GraphSnapshot.Node node) {
		List<String> labels = node.labels();
		if (labels.contains("Official")) {
			Map<String, Object> props = named(node);
			put(props, "country", strings(node.properties().get("countries")).stream().map(this.iso2::get)
				.filter(Objects::nonNull).toList());
			put(props, "birthDate", node.properties().get("birthDate"));
			return List.of(entity(node, "Person", props));
		}
		if (labels.contains("Military") || labels.contains("StateBody") || labels.contains("ArmedGroup")) {
			Map<String, Object> props = named(node);
			put(props, "country", ends(node.id(), "OF_COUNTRY", "OPERATES_IN").stream().map(this.iso2::get)
				.filter(Objects::nonNull).toList());
			put(props, "topics", labels.contains("Military") ? "mil" : labels.contains("StateBody") ? "gov" : null);
			return List.of(entity(node, labels.contains("StateBody") ? "PublicBody" : "Organization", props));
		}
		if (labels.contains("Position")) {
			return position(node);
		}
		if (labels.contains("Engagement") || labels.contains("Conferral")) {
			return List.of(event(node));
		}
		return List.of();
	}

	/** A position as FtM models it: the post (a Position in the body) and its occupancy by the official. */
	private List<Map<String, Object>> position(GraphSnapshot.Node fact) {
		List<String> holders = starts(fact.id(), "HOLDS");
		List<String> bodies = ends(fact.id(), "IN");
		if (holders.isEmpty() || bodies.isEmpty()) {
			return List.of();
		}
		String postId = ftmId(fact) + "-post";
		Map<String, Object> post = new LinkedHashMap<>();
		put(post, "name", fact.properties().getOrDefault("title", fact.properties().get("name")));
		put(post, "organization", ftmId(this.nodes.get(bodies.get(0))));
		put(post, "country", ends(bodies.get(0), "OF_COUNTRY").stream().map(this.iso2::get).filter(Objects::nonNull).toList());
		Map<String, Object> occupancy = new LinkedHashMap<>();
		put(occupancy, "holder", ftmId(this.nodes.get(holders.get(0))));
		put(occupancy, "post", postId);
		dates(occupancy, fact);
		put(occupancy, "summary", fact.properties().get("name"));
		Map<String, Object> postEntity = entity(fact, "Position", post);
		postEntity.put("id", postId);
		return List.of(postEntity, entity(fact, "Occupancy", occupancy));
	}

	/**
	 * An engagement or conferral as an Event: who acts (actors, the giver) organizes, who is acted on (targets,
	 * recipients) is involved; a joint engagement's actors are all involved, with no organizer. Countries are the
	 * event's {@code country}; the CAMEO code a keyword {@code cameo:CODE}.
	 */
	private Map<String, Object> event(GraphSnapshot.Node fact) {
		Map<String, Object> props = new LinkedHashMap<>();
		put(props, "name", fact.properties().get("name"));
		dates(props, fact);
		boolean joint = Boolean.TRUE.equals(fact.properties().get("joint"));
		List<String> actors = starts(fact.id(), "ACTOR_IN", "CONFERRED");
		List<String> acted = ends(fact.id(), "TARGETS", "AWARDED_TO");
		Predicate<String> country = id -> this.iso2.containsKey(id);
		List<String> organizers = joint ? List.of() : actors.stream().filter(country.negate()).toList();
		List<String> involved = new ArrayList<>(joint ? actors : List.of());
		involved.addAll(acted);
		put(props, "organizer", organizers.stream().map(this.nodes::get).map(FtmWriter::ftmId).toList());
		put(props, "involved", involved.stream().filter(country.negate()).map(this.nodes::get).map(FtmWriter::ftmId).toList());
		List<String> countries = new ArrayList<>(actors);
		countries.addAll(acted);
		put(props, "country", countries.stream().filter(country).map(this.iso2::get).distinct().toList());
		Object cameo = fact.labels().contains("Conferral") ? "051" : fact.properties().get("cameo");
		put(props, "keywords", (cameo != null) ? "cameo:" + cameo : null);
		List<String> honors = ends(fact.id(), "OF_HONOR").stream().map(this.nodes::get)
			.map(honor -> String.valueOf(honor.properties().get("name"))).toList();
		List<Object> summaries = new ArrayList<>();
		List<Object> urls = new ArrayList<>();
		for (GraphSnapshot.Relationship report : this.from.getOrDefault(fact.id(), List.of())) {
			if (report.type().equals("REPORTED_IN")) {
				put(summaries, report.properties().get("summary"));
				put(urls, report.properties().get("url"));
			}
		}
		if (!honors.isEmpty()) {
			summaries.add("Honours: " + String.join(", ", honors));
		}
		put(props, "summary", summaries.stream().distinct().toList());
		put(props, "sourceUrl", urls.stream().distinct().toList());
		return entity(fact, "Event", props);
	}

	/** FtM dates from the EDTF date: a single date as {@code date}, an interval's known ends as start and end. */
	private static void dates(Map<String, Object> props, GraphSnapshot.Node fact) {
		Object edtf = fact.properties().get("date");
		if (edtf == null) {
			return;
		}
		String text = edtf.toString();
		int slash = text.indexOf('/');
		if (slash < 0) {
			put(props, "date", text);
			return;
		}
		String start = text.substring(0, slash);
		String end = text.substring(slash + 1);
		put(props, "startDate", start.isEmpty() || start.equals("..") ? null : start);
		put(props, "endDate", end.isEmpty() || end.equals("..") ? null : end);
	}

	private Map<String, Object> named(GraphSnapshot.Node node) {
		Map<String, Object> props = new LinkedHashMap<>();
		put(props, "name", node.properties().get("name"));
		put(props, "alias", strings(node.properties().get("aliases")));
		return props;
	}

	private static Map<String, Object> entity(GraphSnapshot.Node node, String schema, Map<String, Object> props) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", ftmId(node));
		entity.put("schema", schema);
		entity.put("properties", props);
		List<String> datasets = strings(node.properties().get("datasets"));
		entity.put("datasets", datasets.isEmpty() ? List.of("entente") : datasets);
		return entity;
	}

	/** The FtM id an entity came with, or its Entente id, which an FtM import takes back as it is. */
	private static String ftmId(GraphSnapshot.Node node) {
		Object ftmId = node.properties().get("ftmId");
		return (ftmId != null) ? ftmId.toString() : node.id();
	}

	/** The ids at the end of the node's ties of these types. */
	private List<String> ends(String id, String... types) {
		List<String> types_ = List.of(types);
		return this.from.getOrDefault(id, List.of()).stream().filter(r -> types_.contains(r.type()))
			.map(GraphSnapshot.Relationship::end).filter(this.nodes::containsKey).toList();
	}

	/** The ids at the start of the ties of these types into the node. */
	private List<String> starts(String id, String... types) {
		List<String> types_ = List.of(types);
		return this.to.getOrDefault(id, List.of()).stream().filter(r -> types_.contains(r.type()))
			.map(GraphSnapshot.Relationship::start).filter(this.nodes::containsKey).toList();
	}

	/** Every FtM property is a list of text; empty ones are left out. */
	private static void put(Map<String, Object> props, String name, Object value) {
		List<String> values = (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: (value != null) ? List.of(value.toString()) : List.of();
		if (!values.isEmpty()) {
			props.put(name, values);
		}
	}

	private static void put(List<Object> values, Object value) {
		if (value != null) {
			values.add(value);
		}
	}

	private static List<String> strings(Object list) {
		return (list instanceof List<?> values) ? values.stream().map(String::valueOf).toList() : List.of();
	}

}
