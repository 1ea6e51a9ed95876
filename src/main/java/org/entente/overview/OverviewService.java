package org.entente.overview;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.entente.cooperation.CountryTie;
import org.entente.cooperation.CountryTies;
import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The overview: the counts, sources and latest facts (cypher/queries/overview.cypher), and the strongest and most
 * changed dyads from the scores of every pair of countries ({@link CountryTies}) at {@code asOf} and a year before.
 */
@Service
class OverviewService {

	/** The span a change is measured over: a year, the default half-life, so that a change is not mere decay noise. */
	static final int SINCE_DAYS = 365;

	private static final List<String> COUNTS = List.of("countries", "militaries", "stateBodies", "officials", "groups",
			"armedGroups", "honors", "facts", "sources", "dyads");

	private final Neo4jClient neo4j;

	private final CountryTies countryTies;

	private final String query;

	OverviewService(Neo4jClient neo4j, CountryTies countryTies, CypherQueries queries) {
		this.neo4j = neo4j;
		this.countryTies = countryTies;
		this.query = queries.get("overview");
	}

	@ReadTransaction
	Overview overview(LocalDate asOf, int halfLifeDays, int top) {
		LocalDate since = asOf.minusDays(SINCE_DAYS);
		Map<String, CountryTie> now = byKey(this.countryTies.at(asOf, halfLifeDays));
		Map<String, CountryTie> before = byKey(this.countryTies.at(since, halfLifeDays));
		List<CountryTie> strongest = now.values().stream()
			.filter(tie -> tie.score() > 0)
			.sorted(Comparator.comparingDouble(CountryTie::score).reversed().thenComparing(CountryTie::key))
			.limit(top)
			.toList();
		// A pair with a score before and none now has changed too: every pair of either date counts.
		Map<String, CountryTie> all = new HashMap<>(before);
		all.putAll(now);
		List<CountryTie> changed = all.values().stream()
			.sorted(Comparator.comparingDouble((CountryTie tie) -> -Math.abs(score(now, tie) - score(before, tie)))
				.thenComparing(CountryTie::key))
			.limit(top)
			.toList();
		Set<String> countries = new LinkedHashSet<>();
		Stream.concat(strongest.stream(), changed.stream()).forEach(tie -> {
			countries.add(tie.a());
			countries.add(tie.b());
		});
		Map<String, Object> row = this.neo4j.query(this.query)
			.bindAll(Map.of("asOf", asOf, "top", top, "countries", List.copyOf(countries)))
			.fetch()
			.one()
			.orElseThrow();
		Map<String, String> names = names(row.get("names"));
		return new Overview(asOf, halfLifeDays, counts(row.get("counts")), (LocalDate) row.get("firstDay"),
				(LocalDate) row.get("lastDay"), rows(row.get("sources")), rows(row.get("facts")),
				strongest.stream()
					.map(t -> new Overview.Dyad(t.a(), names.get(t.a()), t.b(), names.get(t.b()), t.score(), t.facts()))
					.toList(),
				since, changed.stream().map(t -> {
					double was = score(before, t);
					double is = score(now, t);
					return new Overview.Change(t.a(), names.get(t.a()), t.b(), names.get(t.b()), is, was, is - was);
				}).filter(c -> Math.abs(c.change()) > 1e-9).toList());
	}

	private static double score(Map<String, CountryTie> ties, CountryTie tie) {
		CountryTie found = ties.get(tie.key());
		return (found == null) ? 0.0 : found.score();
	}

	private static Map<String, CountryTie> byKey(List<CountryTie> ties) {
		return ties.stream().collect(Collectors.toMap(CountryTie::key, Function.identity()));
	}

	/** The counts in the order the query lists them (a map from the driver has none). */
	@SuppressWarnings("unchecked")
	private static Map<String, Long> counts(Object counts) {
		Map<String, Object> found = (Map<String, Object>) counts;
		Map<String, Long> out = new LinkedHashMap<>();
		COUNTS.forEach(key -> out.put(key, ((Number) found.get(key)).longValue()));
		return out;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Object rows) {
		return (List<Map<String, Object>>) rows;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> names(Object names) {
		Map<String, String> out = new HashMap<>();
		((List<Map<String, Object>>) names).forEach(n -> out.put((String) n.get("id"), (String) n.get("name")));
		return out;
	}

}
