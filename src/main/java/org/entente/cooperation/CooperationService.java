package org.entente.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.entity.EntityLookup;
import org.entente.web.QueryParameters;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Cooperation strength for a dyad, a partner ranking, a matrix and a timeline. Between countries at the default
 * half-life the scores come from the rollups (cypher/queries/cooperation-rollups.cypher for a dyad with its
 * components, cooperation-scores.cypher for partners and matrices); the facts behind them
 * (evidence), other actors and other half-lives from the facts themselves (cypher/queries/cooperation.cypher),
 * which give the same numbers.
 */
@Service
@ReadTransaction
class CooperationService {

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	private final JsonMapper json;

	private final String query;

	private final String rollupQuery;

	private final String scoresQuery;

	private final String countriesQuery;

	CooperationService(Neo4jClient neo4j, EntityLookup entities, JsonMapper json, CypherQueries queries) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.json = json;
		this.query = queries.get("cooperation");
		this.rollupQuery = queries.get("cooperation-rollups");
		this.scoresQuery = queries.get("cooperation-scores");
		this.countriesQuery = queries.get("countries");
	}

	/**
	 * @param evidence whether to list the facts behind the score (read from the facts); without, the answer's
	 * {@code evidence} is null
	 */
	Cooperation dyad(String a, String b, LocalDate asOf, int halfLifeDays, boolean evidence) {
		Map<String, List<String>> labels = this.entities.requireAll(orderedMap("a", a, "b", b));
		if (evidence) {
			return compute(a, b, asOf, halfLifeDays, Source.FACTS);
		}
		return compute(a, b, asOf, halfLifeDays, source(labels, halfLifeDays)).withoutEvidence();
	}

	/** Where an answer is read from: the rollups (countries at the default half-life) or the facts. */
	private enum Source {

		ROLLUPS, FACTS

	}

	private static Source source(Map<String, List<String>> labels, int halfLifeDays) {
		boolean countries = labels.values().stream().allMatch(l -> l.contains("Country"));
		return (countries && halfLifeDays == QueryParameters.DEFAULT_HALF_LIFE_DAYS) ? Source.ROLLUPS : Source.FACTS;
	}

	private Cooperation compute(String a, String b, LocalDate asOf, int halfLifeDays, Source source) {
		return run((source == Source.ROLLUPS) ? this.rollupQuery : this.query, List.of(a), List.of(b), asOf, halfLifeDays)
			.stream()
			.findFirst()
			.map(row -> cooperation(row, asOf, halfLifeDays))
			.orElseGet(() -> Cooperation.none(a, b, asOf, halfLifeDays));
	}

	List<Partner> partners(String of, int top, LocalDate asOf, int halfLifeDays) {
		String query = (source(this.entities.requireAll(Map.of("of", of)), halfLifeDays) == Source.ROLLUPS)
				? this.scoresQuery : this.query;
		return run(query, List.of(of), null, asOf, halfLifeDays).stream().limit(top).map(row -> {
			Cooperation c = cooperation(row, asOf, halfLifeDays);
			return new Partner(c.b(), (String) row.get("name"), c.score(), c.range(), c.index(), c.reciprocity(),
					((Number) row.get("facts")).intValue());
		}).toList();
	}

	CooperationMatrix matrix(List<String> countries, LocalDate asOf, int halfLifeDays) {
		String query = (source(this.entities.requireEach("countries", countries), halfLifeDays) == Source.ROLLUPS)
				? this.scoresQuery : this.query;
		Map<String, Integer> index = new HashMap<>();
		countries.forEach(id -> index.put(id, index.size()));
		double[][] scores = new double[countries.size()][countries.size()];
		run(query, countries, countries, asOf, halfLifeDays).forEach(row -> scores[index.get((String) row.get("a"))][index
			.get((String) row.get("b"))] = ((Number) row.get("score")).doubleValue());
		return new CooperationMatrix(countries, asOf, halfLifeDays, scores);
	}

	/** Every pair of countries with a score or a range at asOf, each once ({@code a < b}). */
	List<CountryTie> countryPairs(LocalDate asOf, int halfLifeDays) {
		List<String> countries = this.neo4j.query(this.countriesQuery).fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString()).all().stream().sorted().toList();
		String query = (halfLifeDays == QueryParameters.DEFAULT_HALF_LIFE_DAYS) ? this.scoresQuery : this.query;
		return run(query, countries, null, asOf, halfLifeDays).stream()
			.filter(row -> ((String) row.get("a")).compareTo((String) row.get("b")) < 0)
			.map(row -> {
				Cooperation c = cooperation(row, asOf, halfLifeDays);
				return new CountryTie(c.a(), c.b(), c.score(), c.range().low(), c.range().high(),
						((Number) row.get("facts")).intValue());
			})
			.toList();
	}

	/** The dyads of each of {@code as} with each of {@code bs}, with the facts behind them. */
	List<Cooperation> withEvidence(List<String> as, List<String> bs, LocalDate asOf, int halfLifeDays) {
		return run(this.query, as, bs, asOf, halfLifeDays).stream().map(row -> cooperation(row, asOf, halfLifeDays)).toList();
	}

	/**
	 * Scores at the end of each period, from {@code from} (default: the first fact between them, at most
	 * {@code maxPeriods} back) to {@code to}.
	 */
	Timeline timeline(String a, String b, TimelineInterval interval, LocalDate from, LocalDate to, int halfLifeDays,
			int maxPeriods) {
		Source source = source(this.entities.requireAll(orderedMap("a", a, "b", b)), halfLifeDays);
		LocalDate start = (from != null) ? from : firstEvidence(a, b, to, halfLifeDays);
		if (interval.periodsBetween(start, to) > maxPeriods) {
			start = interval.back(to, maxPeriods - 1);
		}
		List<Timeline.Point> points = new ArrayList<>();
		for (LocalDate periodStart = interval.periodStart(start); !periodStart.isAfter(to); periodStart = interval
			.next(periodStart)) {
			LocalDate periodEnd = interval.next(periodStart).minusDays(1);
			LocalDate asOf = periodEnd.isAfter(to) ? to : periodEnd;
			Cooperation c = compute(a, b, asOf, halfLifeDays, source);
			points.add(new Timeline.Point(interval.label(periodStart), periodStart, periodEnd, c.score(), c.range(),
					c.index(), facts(c)));
		}
		return new Timeline(a, b, interval.name().toLowerCase(), halfLifeDays, points);
	}

	/** The earliest day by which a fact between the two was certain, or {@code to} when there is none. */
	private LocalDate firstEvidence(String a, String b, LocalDate to, int halfLifeDays) {
		return compute(a, b, to, halfLifeDays, Source.FACTS).evidence().stream()
			.filter(Cooperation.Evidence::certain)
			.map(Cooperation.Evidence::dateTo)
			.filter(date -> date != null)
			.min(LocalDate::compareTo)
			.orElse(to);
	}

	/** How many facts and standing ties are behind a score (each component counts its events). */
	private static int facts(Cooperation c) {
		return (int) c.components().stream().mapToLong(Cooperation.Component::events).sum();
	}

	private Collection<Map<String, Object>> run(String query, List<String> as, List<String> bs, LocalDate asOf,
			int halfLifeDays) {
		Map<String, Object> params = new HashMap<>();
		params.put("as", as);
		params.put("bs", bs);
		params.put("asOf", asOf);
		params.put("halfLifeDays", halfLifeDays);
		return this.neo4j.query(query).bindAll(params).fetch().all();
	}

	private Cooperation cooperation(Map<String, Object> row, LocalDate asOf, int halfLifeDays) {
		Map<String, Object> values = new HashMap<>(row);
		values.put("asOf", asOf);
		values.put("halfLifeDays", halfLifeDays);
		return this.json.convertValue(values, Cooperation.class);
	}

	private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}
