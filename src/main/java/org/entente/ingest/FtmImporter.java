package org.entente.ingest;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.entente.cypher.CypherQueries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports FollowTheMoney entities (JSON lines) through the dossier importer's writes, in one transaction per file:
 * people as officials, military and state bodies by their topics and country, memberships and occupancies as
 * positions, events that name participants and a date as engagements. Every line is checked first and a file with an
 * error writes nothing. The file is read as a stream three times: to check it and index its entities (one small
 * entry each), to write the entities, then the facts, so that a fact may come before the entities it ties.
 * An entity the graph already has is found again (MODEL.md, "FollowTheMoney"): by its FtM id, a former one or its
 * Entente id, else by the same name in the same country. docs/formats.md maps every schema.
 */
@Service
class FtmImporter {

	/** The OpenSanctions topics of a national state body (government, head of state, executive, parliament). */
	private static final Set<String> STATE_TOPICS = Set.of("gov", "gov.national", "gov.head", "gov.executive",
			"gov.legislative");

	private static final Map<String, String> PREFIXES = Map.of("Official", "off-", "Military", "mil-", "StateBody", "sb-",
			"Position", "pos-", "Engagement", "eng-");

	private final DossierImporter importer;

	private final Neo4jClient neo4j;

	private final JsonMapper json;

	private final String countriesQuery;

	private final String matchesQuery;

	FtmImporter(DossierImporter importer, Neo4jClient neo4j, JsonMapper json, CypherQueries queries) {
		this.importer = importer;
		this.neo4j = neo4j;
		this.json = json;
		this.countriesQuery = queries.get("ftm-countries");
		this.matchesQuery = queries.get("ftm-matches");
	}

	/** What one file's import did: lines, entities and facts written, what was skipped by reason, what was created. */
	record Result(String file, String sourceId, String importId, long lines, long entities, long facts,
			Map<String, Long> skipped, int nodesCreated, int relationshipsCreated) {
	}

	/** An FtM entity as the import knows it after the first read: what it is in Entente, or why it is skipped. */
	record Known(long line, List<String> ftmIds, String schema, String label, String id, String name,
			List<String> names, String country, List<String> countries, String organization, String skipped,
			Map<String, Object> graph) {

		Known withGraph(String id, Map<String, Object> graph) {
			return new Known(this.line, this.ftmIds, this.schema, this.label, id, this.name, this.names, this.country,
					this.countries, this.organization, this.skipped, graph);
		}

		Known skip(String reason) {
			return new Known(this.line, this.ftmIds, this.schema, null, null, this.name, this.names, null, null, null,
					reason, null);
		}

	}

	/** The first read: every entity of a mapped schema, by its id and former ids; the skipped, by reason. */
	private record Index(Map<String, Known> known, Map<String, Long> skipped, FtmEntities.Summary summary,
			Set<String> datasets) {
	}

	/**
	 * Checks a file without writing.
	 * @throws InvalidFileException listing its errors
	 */
	@Transactional(readOnly = true)
	long check(Path path, String file) {
		return index(path, file).summary().lines();
	}

	/**
	 * Checks the file, then imports it as one import by {@code origin}, or writes nothing.
	 * @throws InvalidFileException listing its errors
	 */
	@Transactional
	Result importFile(Path path, String file, ImportOrigin origin, LongConsumer progress) {
		Index index = index(path, file);
		String sourceId = "src-ftm-" + origin.sha256().substring(0, 16);
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", sourceId);
		String name = (origin.file() != null) ? origin.file() : sourceId;
		source.put("name", "FollowTheMoney entities " + name);
		source.put("nameKnown", true);
		source.put("date", (index.summary().lastChange() != null) ? LocalDate.parse(index.summary().lastChange()) : null);
		source.put("kind", "dataset");
		source.put("document", name);
		source.put("datasets", List.copyOf(index.datasets()));
		Map<String, Long> skipped = new TreeMap<>(index.skipped());
		FtmPlans plans = new FtmPlans(source, this.importer.writes(origin, rows -> {
		}));
		long[] entities = { 0 };
		read(path, file, entity -> {
			Known known = index.known().get(entity.id());
			if (known.label() != null) {
				plans.entity(entity, known);
				entities[0]++;
			}
			if (entity.line() % DossierImporter.BATCH == 0) {
				progress.accept(entity.line() / 2);
			}
		});
		plans.flush();
		long[] facts = { 0 };
		Set<String> eventTypes = this.importer.eventTypes();
		read(path, file, entity -> {
			String reason = switch (entity.schema()) {
				case "Membership" -> position(entity, entity.first("member"), entity.first("organization"),
						entity.first("role"), index, plans);
				case "Occupancy" -> occupancy(entity, index, plans);
				case "Event" -> event(entity, index, eventTypes, plans);
				default -> "";
			};
			if (reason == null) {
				facts[0]++;
			}
			else if (!reason.isEmpty()) {
				skipped.merge(entity.schema() + ": " + reason, 1L, Long::sum);
			}
		});
		plans.flush();
		progress.accept(index.summary().lines());
		String importId = plans.writes.finish();
		return new Result(file, sourceId, importId, index.summary().lines(), entities[0], facts[0], skipped, plans.nodes,
				plans.relationships);
	}

	/** The first read: checks every line, classifies each entity, and finds those the graph already has. */
	private Index index(Path path, String file) {
		Map<String, String> countries = new HashMap<>();
		this.neo4j.query(this.countriesQuery).fetch().all()
			.forEach(row -> countries.put((String) row.get("iso2"), (String) row.get("id")));
		Map<String, Known> known = new HashMap<>();
		Map<String, Long> skipped = new TreeMap<>();
		Set<String> datasets = new TreeSet<>();
		List<String> ids = new ArrayList<>();
		List<GdeltEvents.FileError> errors = new ArrayList<>();
		FtmEntities.Summary summary = read(path, file, entity -> {
			datasets.addAll(entity.datasets());
			Known entry = classify(entity, countries, skipped);
			if (entry.skipped() != null) {
				skipped.merge(entity.schema() + ": " + entry.skipped(), 1L, Long::sum);
			}
			known.put(entity.id(), entry);
			entity.referents().forEach(referent -> known.putIfAbsent(referent, entry));
			if (entry.label() != null) {
				ids.add(entity.id());
			}
			String reason = relationDate(entity);
			if (reason != null) {
				errors.add(new GdeltEvents.FileError(file, entity.line(), 1, "startDate", reason));
			}
		}, schema -> skipped.merge(schema + ": not a schema Entente maps", 1L, Long::sum));
		if (!errors.isEmpty()) {
			throw new InvalidFileException(errors.size(), errors.subList(0, Math.min(errors.size(), GdeltEvents.MAX_ERRORS)));
		}
		match(ids, known, file, skipped);
		return new Index(known, skipped, summary, datasets);
	}

	/** What the entity is in Entente's model, or why it is skipped; its countries mapped, unknown ones counted. */
	private static Known classify(FtmEntities.Entity entity, Map<String, String> countries, Map<String, Long> skipped) {
		List<String> names = new ArrayList<>(new LinkedHashSet<>(concat(entity.values("name"), entity.values("alias"),
				entity.values("previousName"))));
		String name = names.isEmpty() ? null : names.get(0);
		Set<String> mapped = new TreeSet<>();
		for (String code : concat(entity.values("country"), entity.values("jurisdiction"), entity.values("nationality"),
				entity.values("citizenship"))) {
			String iso3 = countries.get(code.toLowerCase(Locale.ROOT));
			if (iso3 != null) {
				mapped.add(iso3);
			}
			else {
				skipped.merge("country '" + code + "': not an ISO 3166-1 alpha-2 code of the graph's countries (dropped)", 1L,
						Long::sum);
			}
		}
		List<String> ftmIds = concat(List.of(entity.id()), entity.referents());
		Known entry = new Known(entity.line(), ftmIds, entity.schema(), null, null, name, names, null,
				List.copyOf(mapped), entity.first("organization"), null, null);
		if (entity.schema().equals("Position")) {
			return entry;
		}
		if (!Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody").contains(entity.schema())) {
			return entry; // a relation: read in the third pass
		}
		if (name == null) {
			return entry.skip("no name");
		}
		Set<String> topics = new TreeSet<>(entity.values("topics"));
		String label = entity.schema().equals("Person") ? "Official" : topics.contains("mil") ? "Military"
				: topics.stream().anyMatch(STATE_TOPICS::contains) ? "StateBody"
				: entity.schema().equals("PublicBody") && topics.stream().noneMatch(t -> t.startsWith("gov.")) ? "StateBody"
				: null;
		if (label == null) {
			return entry.skip("neither military (topic mil) nor a national state body (PublicBody, or topic gov, "
					+ "gov.national, gov.head, gov.executive, gov.legislative)");
		}
		if (!label.equals("Official") && mapped.size() != 1) {
			return entry.skip(mapped.isEmpty() ? "no country the graph knows" : "more than one country");
		}
		String id = entity.id().startsWith(PREFIXES.get(label)) ? entity.id() : PREFIXES.get(label) + entity.id();
		return new Known(entity.line(), ftmIds, entity.schema(), label, id, name, names,
				label.equals("Official") ? null : mapped.iterator().next(), List.copyOf(mapped), null, null, null);
	}

	/**
	 * Finds the entities the graph has already, in batches: by an explicit id (the FtM id or a former one is an
	 * entity's {@code ftmId}, or its Entente id), else by the same name in the same country.
	 * @throws InvalidFileException when an id names an entity of another kind
	 */
	private void match(List<String> ids, Map<String, Known> known, String file, Map<String, Long> skipped) {
		List<GdeltEvents.FileError> errors = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += DossierImporter.BATCH) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (String id : ids.subList(from, Math.min(ids.size(), from + DossierImporter.BATCH))) {
				Known entry = known.get(id);
				List<String> explicit = new ArrayList<>(entry.ftmIds());
				explicit.add(entry.id());
				rows.add(Map.of("key", id, "ids", explicit, "label", entry.label(), "names", entry.names(), "countries",
						entry.country() != null ? List.of(entry.country()) : entry.countries()));
			}
			this.neo4j.query(this.matchesQuery).bind(rows).to("rows").fetch().all().forEach(row -> {
				String key = (String) row.get("key");
				Known entry = known.get(key);
				List<Map<String, Object>> byId = maps(row.get("byId"));
				List<Map<String, Object>> byName = maps(row.get("byName"));
				Map<String, Object> same = byId.size() == 1 ? byId.get(0) : byId.isEmpty() && byName.size() == 1 ? byName.get(0) : null;
				if (byId.size() > 1 || (same != null && !((List<?>) same.get("labels")).contains(entry.label()))) {
					errors.add(new GdeltEvents.FileError(file, entry.line(), 1, "id", "'" + key + "' is, in the graph, "
							+ byId.stream().map(m -> m.get("id") + " (" + m.get("labels") + ")").toList() + ", not one "
							+ entry.label()));
				}
				else if (same != null) {
					Known found = entry.withGraph((String) same.get("id"), same);
					entry.ftmIds().forEach(id -> known.put(id, found));
				}
				else if (byName.size() > 1) {
					skipped.merge(entry.schema() + ": the same name in the same country as several entities of the graph", 1L,
							Long::sum);
					Known ambiguous = entry.skip("ambiguous");
					entry.ftmIds().forEach(id -> known.put(id, ambiguous));
				}
			});
		}
		if (!errors.isEmpty()) {
			throw new InvalidFileException(errors.size(), errors.subList(0, Math.min(errors.size(), GdeltEvents.MAX_ERRORS)));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return (List<Map<String, Object>>) list;
	}

	/** A membership or occupancy as a position: the official holds it in the body; null when written, else why not. */
	private static String position(FtmEntities.Entity entity, String holder, String body, String title, Index index,
			FtmPlans plans) {
		Known official = (holder == null) ? null : index.known().get(holder);
		Known unit = (body == null) ? null : index.known().get(body);
		if (official == null || !"Official".equals(official.label())) {
			return "the member or holder is no person of the file or the graph that Entente keeps";
		}
		if (unit == null || !Set.of("Military", "StateBody").contains(String.valueOf(unit.label()))) {
			return "the organization is no military or state body of the file or the graph that Entente keeps";
		}
		String id = factId("Position", entity.id());
		Map<String, Object> props = factProperties(entity);
		props.put("name", official.name() + (title != null ? ", " + title : "") + " (" + unit.name() + ")");
		if (title != null) {
			props.put("title", title);
		}
		props.put("rankKnown", false);
		ImpreciseDate date = date(entity);
		if (date != null) {
			dated(props, date);
		}
		plans.fact(entity, "Position", id, null, props, List.of(tie(official.id(), "HOLDS", id)),
				List.of(Map.of("fact", id, "type", "IN", "entity", unit.id())));
		return null;
	}

	private static String occupancy(FtmEntities.Entity entity, Index index, FtmPlans plans) {
		Known post = (entity.first("post") == null) ? null : index.known().get(entity.first("post"));
		if (post == null || !"Position".equals(post.schema())) {
			return "the post is no Position of the file";
		}
		if (post.organization() == null) {
			return "the post names no organization (a position of a country alone names no body to hold it in)";
		}
		return position(entity, entity.first("holder"), post.organization(), post.name(), index, plans);
	}

	/** An event that names participants Entente keeps and a date, as an engagement. */
	private static String event(FtmEntities.Entity entity, Index index, Set<String> eventTypes, FtmPlans plans) {
		ImpreciseDate date = date(entity);
		if (date == null) {
			return "no date";
		}
		List<String> organizers = participants(entity.values("organizer"), index);
		List<String> involved = participants(entity.values("involved"), index);
		if (organizers.isEmpty() && involved.isEmpty()) {
			return "names no participant Entente keeps";
		}
		String id = factId("Engagement", entity.id());
		Map<String, Object> props = factProperties(entity);
		props.put("name", entity.first("name") != null ? entity.first("name") : entity.id());
		dated(props, date);
		props.put("kind", "engagement");
		// Organizers act towards the others involved; without an organizer, all involved act together.
		boolean joint = organizers.isEmpty();
		props.put("joint", joint && involved.size() > 1);
		props.put("activities", List.of());
		String cameo = entity.values("keywords").stream().filter(k -> k.startsWith("cameo:"))
			.map(k -> k.substring("cameo:".length())).filter(eventTypes::contains).findFirst().orElse(null);
		if (cameo != null) {
			props.put("cameo", cameo);
		}
		List<Map<String, Object>> in = new ArrayList<>();
		List<Map<String, Object>> out = new ArrayList<>();
		(joint ? involved : organizers).forEach(actor -> in.add(tie(actor, "ACTOR_IN", id)));
		if (!joint) {
			involved.stream().filter(target -> !organizers.contains(target))
				.forEach(target -> out.add(Map.of("fact", id, "type", "TARGETS", "entity", target)));
		}
		plans.fact(entity, "Engagement", id, cameo, props, in, out);
		return null;
	}

	private static List<String> participants(List<String> ids, Index index) {
		return ids.stream().map(index.known()::get).filter(k -> k != null && k.label() != null).map(Known::id).distinct().toList();
	}

	private static Map<String, Object> tie(String entity, String type, String fact) {
		return Map.of("entity", entity, "type", type, "fact", fact);
	}

	/**
	 * A fact's id: the FtM id after its kind's prefix, or the FtM id as it is when it is already an id Entente gives
	 * facts of that kind (its own export: an event may be an engagement, a conferral or a fact keyed by content).
	 */
	private static String factId(String label, String ftmId) {
		List<String> own = label.equals("Position") ? List.of("pos-") : List.of("eng-", "cnf-", "fact-");
		return own.stream().anyMatch(ftmId::startsWith) ? ftmId : PREFIXES.get(label) + ftmId;
	}

	private static Map<String, Object> factProperties(FtmEntities.Entity entity) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("status", "carried_out");
		props.put("countQualifier", "unknown");
		props.put("ftmId", entity.id());
		props.put("datasets", entity.datasets());
		return props;
	}

	private static void dated(Map<String, Object> props, ImpreciseDate date) {
		props.put("date", date.edtf());
		props.put("dateFrom", date.from());
		props.put("dateTo", date.to());
		props.put("datePrecision", date.precision());
	}

	/** Why a relation's dates are no date (for the first read's checks), or null. */
	private static String relationDate(FtmEntities.Entity entity) {
		if (!Set.of("Membership", "Occupancy", "Event").contains(entity.schema())) {
			return null;
		}
		try {
			date(entity);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	/** The relation's date: {@code date}, else its start and end as an interval (open where unknown); null if none. */
	private static ImpreciseDate date(FtmEntities.Entity entity) {
		String start = entity.day("startDate");
		String end = entity.day("endDate");
		if (start == null && end == null) {
			return (entity.day("date") == null) ? null : ImpreciseDate.parse(entity.day("date"));
		}
		return ImpreciseDate.parse((start != null ? start : "..") + "/" + (end != null ? end : ".."));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		List<String> all = new ArrayList<>();
		for (List<String> list : lists) {
			all.addAll(list);
		}
		return all;
	}

	private void read(Path path, String file, Consumer<FtmEntities.Entity> entities) {
		read(path, file, entities, schema -> {
		});
	}

	private FtmEntities.Summary read(Path path, String file, Consumer<FtmEntities.Entity> entities, Consumer<String> others) {
		return InvalidFileException.read(path, file,
				in -> new FtmEntities(this.json).read(file, new BufferedReader(in), entities, others));
	}

}
