package org.entente.cooperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.RecordValues;
import org.entente.export.GraphImported;
import org.entente.ingest.FactWrites;

import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the scores' inputs in step with the facts: each fact's terms and entries (cypher/import/fact-terms.cypher,
 * the one home of the model), the standing ties of treaties and alliances (cypher/import/standing-ties.cypher), and
 * the rollups that cypher/queries/cooperation-rollups.cypher and cooperation-scores.cypher read. An import tells it
 * before and after its writes ({@link FactWrites}), in its own transaction: the facts it touches are
 * taken out of the rollups as the graph held them before and counted again as it holds them after (unless they
 * count as they did), as are the facts whose actors gain a country (a new OF_COUNTRY, PART_OF or position). {@link #rebuild} counts everything again.
 */
@Component
public class DyadRollups implements FactWrites {

	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final Map<String, String> queries = new HashMap<>();

	DyadRollups(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		for (String name : List.of("rollup-countries", "rollup-facts", "rollup-fact-ids", "rollup-affected-facts")) {
			this.queries.put(name, queries.get(name));
		}
		for (String step : List.of("fact-terms", "standing-ties", "dyad-periods", "dyad-totals", "dyad-periods-replace",
				"dyad-totals-replace", "dyad-rollups-sweep")) {
			this.queries.put(step, queries.importStep(step));
		}
	}

	/** What an import's writes change in the rollups, between {@link #beforeWrite} and {@link #afterWrite}. */
	private final class Update implements AfterWrite {

		private final Change change;

		private final Set<String> affected;

		private final Map<String, RollupFact> before;

		private final Map<String, RollupRows.Countries> countriesBefore;

		private Update(Change change, Set<String> affected, Map<String, RollupFact> before,
				Map<String, RollupRows.Countries> countriesBefore) {
			this.change = change;
			this.affected = affected;
			this.before = before;
			this.countriesBefore = countriesBefore;
		}

		@Override
		public void afterWrite() {
			DyadRollups.this.afterWrite(this);
		}

	}

	/** Before an import writes: reads what its writes may change, as the graph holds it now. */
	@Override
	public AfterWrite beforeWrite(Change change) {
		Set<String> affected = new HashSet<>(affected(change));
		Set<String> ids = new HashSet<>(change.facts());
		ids.addAll(affected);
		Map<String, RollupFact> before = facts(ids);
		return new Update(change, affected, before, countries(before.values()));
	}

	/**
	 * After an import wrote: derives its standing ties and scores its facts, then takes out of the rollups what the
	 * graph held before and counts what it holds now, leaving out the facts that count as they did (a re-import).
	 */
	private void afterWrite(Update update) {
		Set<String> ids = new HashSet<>(update.change.facts());
		ids.addAll(update.affected);
		ids.addAll(standingTies(List.copyOf(update.change.treaties())));
		score(List.copyOf(ids));
		Map<String, RollupFact> after = facts(ids);
		Set<String> unchanged = new HashSet<>();
		after.forEach((id, fact) -> {
			if (fact.equals(update.before.get(id)) && !update.affected.contains(id)) {
				unchanged.add(id);
			}
		});
		List<RollupFact> out = update.before.values().stream().filter(f -> !unchanged.contains(f.id())).toList();
		List<RollupFact> in = after.values().stream().filter(f -> !unchanged.contains(f.id())).toList();
		RollupRows deltas = new RollupRows();
		deltas.add(out, update.countriesBefore, -1);
		deltas.add(in, countries(in), 1);
		write("dyad-periods", deltas.rows(), Map.of());
		write("dyad-totals", deltas.totals(), Map.of());
	}

	/**
	 * Derives every standing tie and scores every fact again, then counts them all: after a graph import, a change
	 * of the model or its weights, or on a new database. Rows are set to their new values and the ones no fact gives
	 * any more removed. Inside a transaction (a graph import) it is part of it; outside (at start-up) each batch
	 * commits on its own, since every step can be run again: at 10^6 facts one transaction would not fit in memory,
	 * and a rebuild cut short is done again at the next start (its hash is recorded only after it).
	 */
	public void rebuild() {
		FactAndTreatyIds all = this.neo4j.query(this.queries.get("rollup-fact-ids"))
			.fetchAs(FactAndTreatyIds.class)
			.mappedBy((types, row) -> new FactAndTreatyIds(RecordValues.strings(row.get("ids")),
					RecordValues.strings(row.get("treaties"))))
			.one()
			.orElseThrow();
		// The standing ties are facts too: those derived now, and any already there.
		Set<String> unique = new LinkedHashSet<>(all.facts());
		unique.addAll(standingTies(all.treaties()));
		List<String> ids = List.copyOf(unique);
		score(ids);
		RollupRows rows = new RollupRows();
		for (List<String> batch : batches(ids)) {
			Collection<RollupFact> facts = facts(batch).values();
			rows.add(facts, countries(facts), 1);
		}
		Map<String, Object> build = Map.of("build", UUID.randomUUID().toString());
		write("dyad-periods-replace", rows.rows(), build);
		write("dyad-totals-replace", rows.totals(), build);
		this.neo4j.query(this.queries.get("dyad-rollups-sweep")).bindAll(build).run();
	}

	private record FactAndTreatyIds(List<String> facts, List<String> treaties) {
	}

	private record ActorCountries(String id, RollupRows.Countries countries) {
	}

	/** A graph import brings facts without their rollups: count everything again, in its transaction. */
	@EventListener
	void graphImported(GraphImported imported) {
		rebuild();
	}

	/** Sets the terms and entries of these facts (cypher/import/fact-terms.cypher). */
	private void score(List<String> ids) {
		for (List<String> batch : batches(ids)) {
			this.neo4j.query(this.queries.get("fact-terms")).bind(batch).to("ids").run();
		}
	}

	/** Derives the standing ties of these treaties and alliances; their fact ids. */
	private List<String> standingTies(List<String> treaties) {
		List<String> ids = new ArrayList<>();
		for (List<String> batch : batches(treaties)) {
			ids.addAll(RecordValues.stringsOf(this.neo4j.query(this.queries.get("standing-ties")).bind(batch).to("treaties"), "ids"));
		}
		return ids;
	}

	private void write(String step, List<Map<String, Object>> rows, Map<String, Object> params) {
		for (List<Map<String, Object>> batch : batches(rows)) {
			Map<String, Object> all = new HashMap<>(params);
			all.put("rows", batch);
			this.neo4j.query(this.queries.get(step)).bindAll(all).run();
		}
	}

	/** Scored facts as the graph holds them, by id. */
	private Map<String, RollupFact> facts(Collection<String> ids) {
		Map<String, RollupFact> facts = new LinkedHashMap<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			this.neo4j.query(this.queries.get("rollup-facts")).bind(batch).to("ids")
				.fetchAs(RollupFact.class).mappedBy((types, row) -> RollupFact.of(row)).all()
				.forEach(fact -> facts.put(fact.id(), fact));
		}
		return facts;
	}

	/** The countries of every giver and receiver of the facts, as the graph holds them now. */
	private Map<String, RollupRows.Countries> countries(Collection<RollupFact> facts) {
		Set<String> ids = new HashSet<>();
		facts.forEach(fact -> {
			ids.addAll(fact.givers());
			ids.addAll(fact.receivers());
		});
		Map<String, RollupRows.Countries> countries = new HashMap<>();
		for (List<String> batch : batches(List.copyOf(ids))) {
			this.neo4j.query(this.queries.get("rollup-countries")).bind(batch).to("ids")
				.fetchAs(ActorCountries.class)
				.mappedBy((types, row) -> new ActorCountries(row.get("id").asString(), new RollupRows.Countries(
						Set.copyOf(RecordValues.strings(row.get("sides"))), Set.copyOf(RecordValues.strings(row.get("countries"))))))
				.all()
				.forEach(actor -> countries.put(actor.id(), actor.countries()));
		}
		return countries;
	}

	/** Facts already in the graph whose actors the import gives a new country, and the standing ties it may change. */
	private List<String> affected(Change change) {
		List<Map<String, Object>> ties = change.ties().stream()
			.filter(tie -> "OF_COUNTRY".equals(tie.type()) || "PART_OF".equals(tie.type()))
			.map(tie -> Map.<String, Object>of("from", tie.from(), "type", tie.type(), "to", tie.to()))
			.toList();
		List<Map<String, Object>> positions = change.positions().stream()
			.map(p -> Map.<String, Object>of("official", p.official(), "position", p.position(), "unit", p.unit()))
			.toList();
		return RecordValues.stringsOf(this.neo4j.query(this.queries.get("rollup-affected-facts"))
			.bindAll(Map.of("ties", ties, "positions", positions, "treaties", List.copyOf(change.treaties()))), "ids");
	}

	private static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < items.size(); from += BATCH) {
			batches.add(items.subList(from, Math.min(items.size(), from + BATCH)));
		}
		return batches;
	}

}
