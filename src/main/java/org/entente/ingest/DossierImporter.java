package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.entente.entity.EntityLookup;
import org.entente.cypher.CypherQueries;
import org.entente.cypher.RecordValues;
import org.neo4j.driver.summary.SummaryCounters;
import tools.jackson.databind.JsonNode;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports dossiers: every dossier is checked (schema, references, CAMEO codes, dates) before anything is written,
 * then written in one transaction with the {@code UNWIND $rows} scripts of {@code cypher/import/}, in batches. Facts
 * not yet in the graph are created outright with their ties, one row each; everything else is merged on its id, so
 * importing the same dossier twice changes nothing.
 */
@Service
class DossierImporter {

	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final DossierSchema schema;

	private final EntityLookup entities;

	private final List<FactWrites> observers;

	private final EntityConflicts conflicts;

	private final String eventTypesQuery;

	private final String existingFactsQuery;

	private final String sameEventsQuery;

	private final Map<String, String> steps;

	private final ImportAudit audit;

	DossierImporter(Neo4jClient neo4j, DossierSchema schema, EntityLookup entities, List<FactWrites> observers,
			EntityConflicts conflicts, CypherQueries queries, ImportAudit audit) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.conflicts = conflicts;
		this.schema = schema;
		this.entities = entities;
		this.observers = observers;
		this.eventTypesQuery = queries.get("event-type-codes");
		this.existingFactsQuery = queries.importStep("existing-facts");
		this.sameEventsQuery = queries.importStep("same-events");
		this.steps = Map.of("source", queries.importStep("source"), "entities", queries.importStep("entities"),
				"ties", queries.importStep("entity-ties"), "new facts", queries.importStep("new-facts"), "facts",
				queries.importStep("facts"), "in", queries.importStep("fact-ties-in"), "out",
				queries.importStep("fact-ties-out"), "memberships", queries.importStep("memberships"));
	}

	/**
	 * Checks every dossier, then imports them all, or none: a rejected request writes nothing.
	 * @param dossiers the dossiers, with the JSON pointer prefix each has in the request ("" for a lone dossier)
	 * @return one result per dossier
	 * @throws InvalidDossierException listing every error of every dossier
	 */
	@Transactional
	List<ImportResult> importAll(Map<String, JsonNode> dossiers) {
		return importAll(dossiers, Progress.NONE);
	}

	/**
	 * The dossiers in a JSON document, a lone dossier or an array of them, each under its JSON pointer prefix.
	 * @param content the document
	 * @param prefix what comes before the pointer (a file name, or nothing)
	 * @return the dossiers in document order
	 */
	static Map<String, JsonNode> byPointer(JsonNode content, String prefix) {
		Map<String, JsonNode> dossiers = new LinkedHashMap<>();
		if (content.isArray()) {
			for (int i = 0; i < content.size(); i++) {
				dossiers.put(prefix + "/" + i, content.get(i));
			}
		}
		else {
			dossiers.put(prefix, content);
		}
		return dossiers;
	}

	/** Told after each batch how many rows are written out of how many. */
	interface Progress {

		Progress NONE = (done, total) -> {
		};

		void rows(long done, long total);

	}

	@Transactional
	List<ImportResult> importAll(Map<String, JsonNode> dossiers, Progress progress) {
		return importAll(dossiers, progress, null);
	}

	/**
	 * Checks and imports the dossiers, recorded in the audit trail as one import by {@code origin} (none for the
	 * seed, which start-up records as an applied script).
	 */
	@Transactional
	List<ImportResult> importAll(Map<String, JsonNode> dossiers, Progress progress, ImportOrigin origin) {
		List<DossierPlan> plans = check(dossiers, new HashMap<>());
		long total = plans.stream().mapToLong(DossierImporter::rows).sum();
		long[] done = { 0 };
		Writes writes = writes(origin, written -> progress.rows(done[0] += written, total));
		List<ImportResult> results = plans.stream().map(writes::write).toList();
		writes.finish();
		return results;
	}

	/**
	 * Writes plans that are already checked, in the caller's transaction, as one import by {@code origin} (none: not
	 * recorded): an importer of another format builds its plans and writes them as dossiers are written.
	 * @param written told how many plan rows each write wrote
	 */
	Writes writes(ImportOrigin origin, LongConsumer written) {
		return new Writes((origin != null) ? this.audit.begin(origin) : null, written);
	}

	/** One import's writes: each plan in turn, then {@link #finish}. */
	final class Writes {

		private final String importId;

		private final LongConsumer written;

		private final Map<String, Long> counts = new LinkedHashMap<>();

		// The sources and entities this import created in an earlier plan: not merged when a later plan names them.
		private final Set<String> created = new HashSet<>();

		private Writes(String importId, LongConsumer written) {
			this.importId = importId;
			this.written = written;
		}

		ImportResult write(DossierPlan plan) {
			return DossierImporter.this.write(plan, this.written, this.importId, this.counts, this.created);
		}

		/** The import's id in the audit trail; null when it is not recorded. */
		String importId() {
			return this.importId;
		}

		/** Counts the import in the audit trail; its id, or null when it created nothing (and left no record). */
		String finish() {
			if (this.importId == null) {
				return null;
			}
			return DossierImporter.this.audit.finish(this.importId, this.counts) ? this.importId : null;
		}

	}

	/**
	 * Checks the dossiers, each against the graph and the entities and facts any dossier of the request declares (a
	 * roster and its facts may come in either order), and adds theirs to {@code declared}.
	 * @return one plan per dossier, and the rows it will write
	 * @throws InvalidDossierException listing every error of every dossier
	 */
	@Transactional(readOnly = true)
	List<DossierPlan> check(Map<String, JsonNode> dossiers, Map<String, String> declared) {
		Set<String> eventTypes = eventTypes();
		List<DossierError> errors = new ArrayList<>();
		List<DossierPlan> plans = new ArrayList<>();
		// Any dossier of the request may refer to what another declares, before or after it.
		dossiers.values().forEach(dossier -> declared.putAll(DossierReader.declaredEntities(dossier)));
		List<EntityConflicts.Declared> entities = new ArrayList<>();
		Map<String, String> sources = new HashMap<>();
		dossiers.forEach((at, dossier) -> {
			List<DossierError> schemaErrors = this.schema.validate(dossier, at);
			errors.addAll(schemaErrors);
			if (!dossier.path("source").path("id").isString() || !dossier.path("source").path("date").isString()) {
				return; // nothing more can be checked without the source
			}
			String first = sources.putIfAbsent(dossier.get("source").get("id").asString(), at + "/source/id");
			if (first != null) {
				errors.add(new DossierError(at + "/source/id", "'" + dossier.get("source").get("id").asString()
						+ "' duplicates " + first + ": one dossier per source in a request"));
			}
			// The other checks run too, on every item the schema lets them read, so that one answer lists every error.
			DossierReader reader = new DossierReader(at, this.graphLabels(), eventTypes, declared);
			DossierPlan plan = reader.read(dossier);
			errors.addAll(reader.errors());
			if (schemaErrors.isEmpty()) {
				errors.addAll(reader.unreadable());
			}
			entities.addAll(reader.declarations());
			if (plan != null && schemaErrors.isEmpty()) {
				plans.add(plan);
			}
		});
		// Against each other and the graph in one read: what a write would break (constraints, reference data, names).
		errors.addAll(this.conflicts.check(entities));
		if (!errors.isEmpty()) {
			throw new InvalidDossierException(errors);
		}
		return plans;
	}

	/** Labels of ids in the graph: entities, and facts (as {@code Fact}) that a report may be about or fulfil. */
	private Function<Set<String>, Map<String, List<String>>> graphLabels() {
		return ids -> {
			Map<String, List<String>> labels = new HashMap<>(this.entities.labels(ids));
			existing(List.copyOf(ids)).forEach(id -> labels.putIfAbsent(id, List.of("Fact")));
			return labels;
		};
	}

	static long rows(DossierPlan plan) {
		return 1L + plan.entities().size() + plan.ties().size() + plan.facts().size() + plan.factTiesIn().size()
				+ plan.factTiesOut().size() + plan.memberships().size();
	}

	private ImportResult write(DossierPlan dossier, LongConsumer written, String importId, Map<String, Long> counts,
			Set<String> created) {
		WriteTally tally = new WriteTally(written);
		Set<String> existing = existingFacts(dossier);
		List<SameEvents.Match> matches = sameEvents(dossier, existing);
		DossierPlan plan = SameEvents.apply(dossier, matches);
		// A report merged into a fact of the graph is about a fact that exists.
		matches.stream().filter(SameEvents.Match::sure).forEach(match -> existing.add(match.same()));
		ImportAudit.Written audit = (importId != null) ? this.audit.before(plan) : null;
		FactWrites.Change change = change(plan);
		List<FactWrites.AfterWrite> afterWrites = this.observers.stream().map(o -> o.beforeWrite(change)).toList();
		tally.add(this.neo4j.query(this.steps.get("source")).bind(plan.source()).to("source").run().counters(), 1);
		writeRows(tally, "entities", plan.sourceId(), plan.entities());
		writeRows(tally, "ties", plan.sourceId(), plan.ties());
		writeRows(tally, "new facts", plan.sourceId(), NewFacts.rows(plan, existing));
		writeRows(tally, "facts", plan.sourceId(), only(plan.facts(), "id", existing));
		writeRows(tally, "in", plan.sourceId(), only(plan.factTiesIn(), "fact", existing));
		writeRows(tally, "out", plan.sourceId(), only(plan.factTiesOut(), "fact", existing));
		writeRows(tally, "memberships", plan.sourceId(), plan.memberships());
		afterWrites.forEach(FactWrites.AfterWrite::afterWrite);
		if (audit != null) {
			audit.record(importId, counts, created);
		}
		return new ImportResult(plan.sourceId(), plan.entities().size(), plan.facts().size(), tally.nodes,
				tally.relationships, tally.properties);
	}

	/** The facts in the graph that the plan's new reports are about (cypher/import/same-events.cypher). */
	private List<SameEvents.Match> sameEvents(DossierPlan plan, Set<String> existing) {
		List<Map<String, Object>> rows = SameEvents.lookups(plan, existing);
		List<SameEvents.Match> matches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.neo4j.query(this.sameEventsQuery)
				.bindAll(Map.of("sourceId", plan.sourceId(), "rows", rows.subList(from, Math.min(rows.size(), from + BATCH))))
				.fetchAs(SameEvents.Match.class)
				.mappedBy((types, record) -> new SameEvents.Match(record.get("id").asString(), record.get("same").asString(),
						record.get("sure").asBoolean()))
				.all()
				.forEach(matches::add);
		}
		return matches;
	}

	/** What derived data must hear of the plan: its facts, those they fulfil, its treaties, and its ties to countries. */
	private static FactWrites.Change change(DossierPlan plan) {
		Set<String> facts = new HashSet<>();
		plan.facts().forEach(row -> facts.add((String) row.get("id")));
		plan.factTiesOut().stream().filter(tie -> "FULFILLS".equals(tie.get("type")))
			.forEach(tie -> facts.add((String) tie.get("entity")));
		Set<String> treaties = new HashSet<>();
		plan.memberships().forEach(row -> treaties.add((String) row.get("of")));
		List<FactWrites.Tie> ties = plan.ties().stream()
			.map(tie -> new FactWrites.Tie((String) tie.get("from"), (String) tie.get("type"), (String) tie.get("to")))
			.toList();
		Map<String, String> units = new HashMap<>();
		plan.factTiesOut().stream().filter(tie -> "IN".equals(tie.get("type")))
			.forEach(tie -> units.put((String) tie.get("fact"), (String) tie.get("entity")));
		List<FactWrites.Position> positions = plan.factTiesIn().stream()
			.filter(tie -> "HOLDS".equals(tie.get("type")) && units.containsKey(tie.get("fact")))
			.map(tie -> new FactWrites.Position((String) tie.get("entity"), (String) tie.get("fact"), units.get(tie.get("fact"))))
			.toList();
		return new FactWrites.Change(facts, treaties, ties, positions);
	}

	private Set<String> existingFacts(DossierPlan plan) {
		return existing(plan.facts().stream().map(row -> (String) row.get("id")).toList());
	}

	/** Which of these ids are facts in the graph. */
	private Set<String> existing(List<String> ids) {
		Set<String> existing = new HashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			existing.addAll(RecordValues.stringsOf(this.neo4j.query(this.existingFactsQuery)
				.bind(ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.to("ids"), "existing"));
		}
		return existing;
	}

	/** The rows whose {@code key} is one of the facts already in the graph. */
	private static List<Map<String, Object>> only(List<Map<String, Object>> rows, String key, Set<String> existing) {
		return existing.isEmpty() ? List.of() : rows.stream().filter(row -> existing.contains(row.get(key))).toList();
	}

	/** Writes the rows in batches; a row counts for progress as the plan rows it stands for. */
	private void writeRows(WriteTally tally, String step, String sourceId, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			tally.add(this.neo4j.query(this.steps.get(step))
				.bindAll(Map.of("sourceId", sourceId, "rows", batch))
				.run()
				.counters(), batch.stream().mapToLong(NewFacts::planRows).sum());
		}
	}

	/** The CAMEO (and Entente) event type codes of the reference data. */
	Set<String> eventTypes() {
		return new HashSet<>(RecordValues.stringsOf(this.neo4j.query(this.eventTypesQuery), "codes"));
	}

	/** What the writes created, and how many plan rows they stood for (the progress report). */
	private static final class WriteTally {

		private final LongConsumer written;

		int nodes;

		int relationships;

		int properties;

		WriteTally(LongConsumer written) {
			this.written = written;
		}

		void add(SummaryCounters counters, long rows) {
			this.written.accept(rows);
			this.nodes += counters.nodesCreated();
			this.relationships += counters.relationshipsCreated();
			this.properties += counters.propertiesSet();
		}

	}

}
