package org.entente.ingest;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.cypher.CypherQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of one import, in its transaction: the (:Import) node, and a WROTE record of every node it
 * creates and of every tie it creates between nodes that were there before (cypher/import/import-*.cypher), so
 * that a retraction removes exactly what it added.
 */
@Component
class ImportAudit {

	private final Neo4jClient neo4j;

	private final Map<String, String> steps = new HashMap<>();

	ImportAudit(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		for (String step : List.of("import-record", "import-existing", "import-wrote", "import-counts", "import-forget")) {
			this.steps.put(step, queries.importStep(step));
		}
	}

	/** Starts the record of an import; its id. */
	String begin(ImportOrigin origin) {
		Map<String, Object> record = new HashMap<>();
		record.put("user", origin.user());
		record.put("at", ZonedDateTime.now(ZoneOffset.UTC));
		record.put("kind", origin.kind());
		record.put("file", origin.file());
		record.put("sha256", origin.sha256());
		return this.neo4j.query(this.steps.get("import-record")).bind(record).to("import")
			.fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).one().orElseThrow();
	}

	/** What a plan will write, read before it writes: call {@link Written#record} after. */
	Written before(DossierPlan plan) {
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		node(nodes, "Source", plan.sourceId());
		plan.entities().forEach(row -> node(nodes, "Entity", row.get("id")));
		plan.facts().forEach(row -> node(nodes, "Fact", row.get("id")));
		Map<String, Map<String, Object>> ties = new LinkedHashMap<>();
		plan.ties().forEach(row -> tie(ties, "Entity", row.get("from"), row.get("type"), "Entity", row.get("to")));
		plan.entities().forEach(row -> tie(ties, "Entity", row.get("id"), "MENTIONED_IN", "Source", plan.sourceId()));
		plan.facts().forEach(row -> tie(ties, "Fact", row.get("id"), "REPORTED_IN", "Source", plan.sourceId()));
		plan.factTiesIn().forEach(row -> tie(ties, "Entity", row.get("entity"), row.get("type"), "Fact", row.get("fact")));
		plan.factTiesOut().forEach(row -> tie(ties, "Fact", row.get("fact"), row.get("type"),
				"Fact".equals(row.get("to")) ? "Fact" : "Entity", row.get("entity")));
		plan.memberships().forEach(row -> tie(ties, "Entity", row.get("country"), row.get("type"), "Entity", row.get("of")));
		Set<String> there = existing(List.copyOf(nodes.values()), List.of()).nodes();
		// A tie of a node the plan writes that is not there yet cannot be there either (a new fact's ties).
		List<Map<String, Object>> maybe = ties.values().stream()
			.filter(tie -> written(nodes, there, tie.get("startKey") + "/" + tie.get("start"))
					&& written(nodes, there, tie.get("endKey") + "/" + tie.get("end")))
			.toList();
		return new Written(nodes, ties, new Existing(there, existing(List.of(), maybe).ties()));
	}

	/** Whether a node is there already, or is none the plan writes (a country a fact ties to). */
	private static boolean written(Map<String, Map<String, Object>> nodes, Set<String> there, String key) {
		return !nodes.containsKey(key) || there.contains(key);
	}

	private Existing existing(List<Map<String, Object>> nodes, List<Map<String, Object>> ties) {
		return this.neo4j.query(this.steps.get("import-existing"))
			.bindAll(Map.of("nodes", nodes, "ties", ties))
			.fetchAs(Existing.class)
			.mappedBy((types, row) -> new Existing(Set.copyOf(row.get("nodes").asList(v -> v.asString())),
					Set.copyOf(row.get("ties").asList(v -> v.asString()))))
			.one().orElseThrow();
	}

	/**
	 * Counts what the import created and merged, or forgets an import that created nothing.
	 * @return whether the import is recorded
	 */
	boolean finish(String importId, Map<String, Long> counts) {
		if (created(counts) == 0) {
			this.neo4j.query(this.steps.get("import-forget")).bind(importId).to("importId").run();
			return false;
		}
		this.neo4j.query(this.steps.get("import-counts")).bindAll(Map.of("importId", importId, "counts", counts)).run();
		return true;
	}

	private static long created(Map<String, Long> counts) {
		return counts.entrySet().stream().filter(e -> e.getKey().endsWith("Created")).mapToLong(Map.Entry::getValue).sum();
	}

	private static void node(Map<String, Map<String, Object>> nodes, String key, Object id) {
		nodes.putIfAbsent(key + "/" + id, Map.of("key", key, "id", id));
	}

	private static void tie(Map<String, Map<String, Object>> ties, String startKey, Object start, Object type,
			String endKey, Object end) {
		ties.putIfAbsent(startKey + "/" + start + "/" + type + "/" + endKey + "/" + end,
				Map.of("startKey", startKey, "start", start, "type", type, "endKey", endKey, "end", end));
	}

	private record Existing(Set<String> nodes, Set<String> ties) {
	}

	/** A plan's nodes and ties, and which were there before it wrote. */
	final class Written {

		private final Map<String, Map<String, Object>> nodes;

		private final Map<String, Map<String, Object>> ties;

		private final Existing existing;

		private Written(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> ties, Existing existing) {
			this.nodes = nodes;
			this.ties = ties;
			this.existing = existing;
		}

		/**
		 * Records what the plan created and adds its counts to {@code counts}: a node is merged when it was there
		 * before the import, not when an earlier plan of the same import created it ({@code created}, its sources
		 * and entities, to which this plan's are added; a fact is in one plan of an import).
		 */
		void record(String importId, Map<String, Long> counts, Set<String> createdBefore) {
			Set<String> created = new LinkedHashSet<>(this.nodes.keySet());
			created.removeAll(this.existing.nodes());
			List<Map<String, Object>> ties = new ArrayList<>();
			this.ties.forEach((key, tie) -> {
				// A tie of a node the import created goes with it: no record needed.
				boolean ofNew = created.contains(tie.get("startKey") + "/" + tie.get("start"))
						|| created.contains(tie.get("endKey") + "/" + tie.get("end"));
				if (!ofNew && !this.existing.ties().contains(key)) {
					ties.add(tie);
				}
			});
			List<Map<String, Object>> nodes = created.stream().map(this.nodes::get).toList();
			ImportAudit.this.neo4j.query(ImportAudit.this.steps.get("import-wrote"))
				.bindAll(Map.of("importId", importId, "nodes", nodes, "ties", ties))
				.run();
			for (String[] kind : new String[][] { { "Fact", "facts" }, { "Entity", "entities" }, { "Source", "sources" } }) {
				long all = this.nodes.keySet().stream()
					.filter(k -> k.startsWith(kind[0] + "/") && !createdBefore.contains(k)).count();
				long made = created.stream().filter(k -> k.startsWith(kind[0] + "/")).count();
				counts.merge(kind[1] + "Created", made, Long::sum);
				counts.merge(kind[1] + "Merged", all - made, Long::sum);
			}
			counts.merge("tiesCreated", (long) ties.size(), Long::sum);
			created.stream().filter(k -> !k.startsWith("Fact/")).forEach(createdBefore::add);
		}

	}

}
