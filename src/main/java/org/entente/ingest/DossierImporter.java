package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.entente.cooperation.DyadRollups;
import org.entente.entity.EntityLookup;
import org.entente.graph.CypherQueries;
import org.neo4j.driver.summary.SummaryCounters;
import tools.jackson.databind.JsonNode;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports dossiers: every dossier is checked (schema, references, CAMEO codes, dates) before anything is written,
 * then written in one transaction with the {@code UNWIND $rows} scripts of {@code cypher/import/}, in batches. Ids
 * are merged on, so importing the same dossier twice changes nothing.
 */
@Service
class DossierImporter {

	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final DossierSchema schema;

	private final EntityLookup entities;

	private final DyadRollups rollups;

	private final String eventTypesQuery;

	private final Map<String, String> steps;

	DossierImporter(Neo4jClient neo4j, DossierSchema schema, EntityLookup entities, DyadRollups rollups,
			CypherQueries queries) {
		this.neo4j = neo4j;
		this.schema = schema;
		this.entities = entities;
		this.rollups = rollups;
		this.eventTypesQuery = queries.get("event-type-codes");
		this.steps = Map.of("source", queries.importStep("source"), "entities", queries.importStep("entities"),
				"ties", queries.importStep("entity-ties"), "facts", queries.importStep("facts"), "in",
				queries.importStep("fact-ties-in"), "out", queries.importStep("fact-ties-out"), "memberships",
				queries.importStep("memberships"));
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
		Set<String> eventTypes = eventTypes();
		List<DossierError> errors = new ArrayList<>();
		List<DossierPlan> plans = new ArrayList<>();
		Map<String, JsonNode> schemaValid = new LinkedHashMap<>();
		dossiers.forEach((at, dossier) -> {
			List<DossierError> schemaErrors = this.schema.validate(dossier, at);
			errors.addAll(schemaErrors);
			if (schemaErrors.isEmpty()) {
				schemaValid.put(at, dossier);
			}
		});
		// Dossiers of one request may refer to each other's entities (a roster, then its facts).
		Map<String, String> declared = new HashMap<>();
		schemaValid.values().forEach(dossier -> declared.putAll(DossierReader.declaredEntities(dossier)));
		schemaValid.forEach((at, dossier) -> {
			DossierReader reader = new DossierReader(at, this.entities::labels, eventTypes, declared);
			DossierPlan plan = reader.read(dossier);
			errors.addAll(reader.errors());
			if (plan != null) {
				plans.add(plan);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidDossierException(errors);
		}
		long total = plans.stream().mapToLong(DossierImporter::rows).sum();
		long[] done = { 0 };
		return plans.stream().map(plan -> write(plan, written -> progress.rows(done[0] += written, total))).toList();
	}

	private static long rows(DossierPlan plan) {
		return 1L + plan.entities().size() + plan.ties().size() + plan.facts().size() + plan.factTiesIn().size()
				+ plan.factTiesOut().size() + plan.memberships().size();
	}

	private ImportResult write(DossierPlan plan, LongConsumer written) {
		Counts counts = new Counts(written);
		DyadRollups.Update rollup = this.rollups.beforeWrite(
				new DyadRollups.Import(plan.facts(), plan.factTiesIn(), plan.factTiesOut(), plan.ties()));
		counts.add(this.neo4j.query(this.steps.get("source")).bind(plan.source()).to("source").run().counters(), 1);
		writeRows(counts, "entities", plan.sourceId(), plan.entities());
		writeRows(counts, "ties", plan.sourceId(), plan.ties());
		writeRows(counts, "facts", plan.sourceId(), plan.facts());
		writeRows(counts, "in", plan.sourceId(), plan.factTiesIn());
		writeRows(counts, "out", plan.sourceId(), plan.factTiesOut());
		writeRows(counts, "memberships", plan.sourceId(), plan.memberships());
		this.rollups.afterWrite(rollup);
		return new ImportResult(plan.sourceId(), plan.entities().size(), plan.facts().size(), counts.nodes,
				counts.relationships, counts.properties);
	}

	private void writeRows(Counts counts, String step, String sourceId, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			counts.add(this.neo4j.query(this.steps.get(step))
				.bindAll(Map.of("sourceId", sourceId, "rows", batch))
				.run()
				.counters(), batch.size());
		}
	}

	@SuppressWarnings("unchecked")
	private Set<String> eventTypes() {
		return this.neo4j.query(this.eventTypesQuery)
			.fetch()
			.one()
			.map(row -> new HashSet<>((List<String>) row.get("codes")))
			.orElseGet(HashSet::new);
	}

	private static final class Counts {

		private final LongConsumer written;

		int nodes;

		int relationships;

		int properties;

		Counts(LongConsumer written) {
			this.written = written;
		}

		void add(SummaryCounters counters, int rows) {
			this.written.accept(rows);
			this.nodes += counters.nodesCreated();
			this.relationships += counters.relationshipsCreated();
			this.properties += counters.propertiesSet();
		}

	}

}
