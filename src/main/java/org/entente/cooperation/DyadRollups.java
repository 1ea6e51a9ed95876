package org.entente.cooperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.graph.CypherQueries;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the cooperation rollups, the (:DyadPeriod) rows that cypher/queries/cooperation-rollups.cypher reads, in
 * step with the facts. An import calls {@link #beforeWrite} and {@link #afterWrite} around its writes, in its own
 * transaction: new facts are counted from the import's rows; facts already in the graph whose content changes, or
 * whose actors gain a country (a new OF_COUNTRY, PART_OF or position), are taken out as the graph held them before
 * the write and counted again as it holds them after. {@link #rebuild} counts everything again.
 */
@Component
public class DyadRollups {

	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final Map<String, String> queries = new HashMap<>();

	DyadRollups(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		for (String name : List.of("rollup-countries", "rollup-facts", "rollup-fact-ids", "rollup-affected-facts",
				"rollup-weights")) {
			this.queries.put(name, queries.get(name));
		}
		for (String step : List.of("dyad-periods", "dyad-totals", "dyad-periods-replace", "dyad-totals-replace",
				"dyad-rollups-sweep")) {
			this.queries.put(step, queries.importStep(step));
		}
	}

	/**
	 * The rows an import writes, as in cypher/import/: {@code facts} ({@code label}, {@code id}, {@code typeCode},
	 * {@code properties}), {@code tiesIn} ({@code entity}, {@code type}, {@code fact}), {@code tiesOut}
	 * ({@code fact}, {@code type}, {@code entity}) and entity {@code ties} ({@code from}, {@code type}, {@code to}),
	 * and the ids of its facts already in the graph ({@code existing}).
	 */
	public record Import(List<Map<String, Object>> facts, List<Map<String, Object>> tiesIn,
			List<Map<String, Object>> tiesOut, List<Map<String, Object>> ties, Set<String> existing) {
	}

	/** What an import's writes change in the rollups, between {@link #beforeWrite} and {@link #afterWrite}. */
	public static final class Update {

		private final RollupRows rows;

		private final Collection<RollupFact> added;

		private final Set<String> recounted;

		private Update(RollupRows rows, Collection<RollupFact> added, Set<String> recounted) {
			this.rows = rows;
			this.added = added;
			this.recounted = recounted;
		}

	}

	/** Before an import writes: takes out what its writes will change, as the graph holds it now. */
	public Update beforeWrite(Import rows) {
		RollupRows deltas = new RollupRows(weights());
		Map<String, ImportedFact> imported = ImportedFact.of(rows);
		Set<String> existing = rows.existing();
		Set<String> recounted = new HashSet<>(affected(rows));
		Map<String, RollupFact> before = facts(union(existing, recounted));
		existing.forEach(id -> {
			if (!before.get(id).equals(imported.get(id).over(before.get(id)))) {
				recounted.add(id); // the import changes its content
			}
		});
		Collection<RollupFact> out = recounted.stream().map(before::get).filter(f -> f != null).toList();
		deltas.add(out, countries(out), -1);
		List<RollupFact> added = imported.values().stream()
			.filter(fact -> !existing.contains(fact.id()))
			.map(ImportedFact::asNew)
			.toList();
		return new Update(deltas, added, recounted);
	}

	/** After an import wrote: counts its new facts, and the changed ones as the graph now holds them. */
	public void afterWrite(Update update) {
		List<RollupFact> in = new ArrayList<>(update.added);
		in.addAll(facts(update.recounted).values());
		update.rows.add(in, countries(in), 1);
		write("dyad-periods", update.rows.rows(), Map.of());
		write("dyad-totals", update.rows.totals(), Map.of());
	}

	/**
	 * Counts every fact again, from the graph: after a graph import, a change of weights, or on a new database.
	 * Rows are set to their new values and the ones no fact gives any more removed.
	 */
	@Transactional
	public void rebuild() {
		RollupRows rows = new RollupRows(weights());
		@SuppressWarnings("unchecked")
		List<String> ids = this.neo4j.query(this.queries.get("rollup-fact-ids")).fetch().one()
			.map(row -> (List<String>) row.get("ids")).orElseGet(List::of);
		for (List<String> batch : batches(ids)) {
			Collection<RollupFact> facts = facts(batch).values();
			rows.add(facts, countries(facts), 1);
		}
		Map<String, Object> build = Map.of("build", UUID.randomUUID().toString());
		write("dyad-periods-replace", rows.rows(), build);
		write("dyad-totals-replace", rows.totals(), build);
		this.neo4j.query(this.queries.get("dyad-rollups-sweep")).bindAll(build).run();
	}

	private void write(String step, List<Map<String, Object>> rows, Map<String, Object> params) {
		for (List<Map<String, Object>> batch : batches(rows)) {
			Map<String, Object> all = new HashMap<>(params);
			all.put("rows", batch);
			this.neo4j.query(this.queries.get(step)).bindAll(all).run();
		}
	}

	private Map<String, RollupRows.Weight> weights() {
		Map<String, RollupRows.Weight> weights = new HashMap<>();
		this.neo4j.query(this.queries.get("rollup-weights")).fetch().all().forEach(row -> {
			if (row.get("goldstein") instanceof Number goldstein) {
				weights.put((String) row.get("code"), new RollupRows.Weight(goldstein.doubleValue(), (String) row.get("root")));
			}
		});
		return weights;
	}

	/** Facts as the graph holds them, by id. */
	private Map<String, RollupFact> facts(Collection<String> ids) {
		Map<String, RollupFact> facts = new LinkedHashMap<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			this.neo4j.query(this.queries.get("rollup-facts")).bind(batch).to("ids").fetch().all()
				.forEach(row -> facts.put((String) row.get("id"), RollupFact.of(row)));
		}
		return facts;
	}

	/** The countries of every giver and receiver of the facts, as the graph holds them now. */
	@SuppressWarnings("unchecked")
	private Map<String, RollupRows.Countries> countries(Collection<RollupFact> facts) {
		Set<String> ids = new HashSet<>();
		facts.forEach(fact -> {
			ids.addAll(fact.givers());
			ids.addAll(fact.receivers());
		});
		Map<String, RollupRows.Countries> countries = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			this.neo4j.query(this.queries.get("rollup-countries")).bind(batch).to("ids").fetch().all()
				.forEach(row -> countries.put((String) row.get("id"), new RollupRows.Countries(
						Set.copyOf((Collection<String>) row.get("sides")), Set.copyOf((Collection<String>) row.get("countries")))));
		}
		return countries;
	}

	/** Facts already in the graph whose actors the import gives a new country. */
	@SuppressWarnings("unchecked")
	private List<String> affected(Import rows) {
		List<Map<String, Object>> ties = rows.ties().stream()
			.filter(tie -> "OF_COUNTRY".equals(tie.get("type")) || "PART_OF".equals(tie.get("type")))
			.toList();
		Map<String, Object> units = new HashMap<>();
		rows.tiesOut().stream().filter(tie -> "IN".equals(tie.get("type")))
			.forEach(tie -> units.put((String) tie.get("fact"), tie.get("entity")));
		List<Map<String, Object>> positions = rows.tiesIn().stream()
			.filter(tie -> "HOLDS".equals(tie.get("type")) && units.containsKey(tie.get("fact")))
			.map(tie -> Map.of("official", tie.get("entity"), "position", tie.get("fact"), "unit", units.get(tie.get("fact"))))
			.toList();
		return this.neo4j.query(this.queries.get("rollup-affected-facts"))
			.bindAll(Map.of("ties", ties, "positions", positions))
			.fetch().one()
			.map(row -> (List<String>) row.get("ids"))
			.orElseGet(List::of);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union;
	}

	private static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < items.size(); from += BATCH) {
			batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
		}
		return batches;
	}

}
