package org.entente.cooperation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The (:DyadPeriod) deltas of some facts, added up per row key in memory so that the write touches each row once.
 * A fact counts as cypher/queries/cooperation.cypher counts it: once per (country a, country b, direction), for
 * each country a on the side of one party when the other party is not on a's side, and each country b the other
 * party stands for (b not a).
 */
final class RollupRows {

	/** The half-life the rollups are summed for: {@code scaled} holds 2^(days from the month's start / this). */
	static final double HALF_LIFE_DAYS = 365.0;

	/** The day the pair totals are scaled from (as in cypher/queries/cooperation-scores.cypher). */
	static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

	/** An event type's Goldstein weight and CAMEO root. */
	record Weight(double goldstein, String root) {
	}

	/** The countries an actor counts for: on whose side it is, and which it stands for as the other party. */
	record Countries(Set<String> sides, Set<String> standsFor) {

		static final Countries NONE = new Countries(Set.of(), Set.of());

	}

	private final Map<String, Weight> weights;

	private final Map<String, Row> rows = new HashMap<>();

	private final Map<List<String>, Total> totals = new HashMap<>();

	RollupRows(Map<String, Weight> weights) {
		this.weights = weights;
	}

	/**
	 * Adds ({@code sign} 1) or takes out ({@code sign} -1) the contributions of facts.
	 * @param countries the countries of every giver and receiver of the facts
	 */
	void add(Collection<RollupFact> facts, Map<String, Countries> countries, int sign) {
		for (RollupFact fact : facts) {
			if (fact.dateTo() == null) {
				continue; // never certainly past
			}
			Set<List<String>> pairs = pairs(fact, countries);
			if (pairs.isEmpty()) {
				continue;
			}
			LocalDate month = fact.dateTo().withDayOfMonth(1);
			LocalDate agedFrom = (fact.dateFrom() == null) ? fact.dateTo()
					: fact.dateFrom().plusDays(ChronoUnit.DAYS.between(fact.dateFrom(), fact.dateTo()) / 2);
			double magnitude = 1 + Math.log((fact.count() == null) ? 1 : fact.count());
			double growth = Math.pow(2, ChronoUnit.DAYS.between(month, agedFrom) / HALF_LIFE_DAYS);
			double fromReference = Math.pow(2, ChronoUnit.DAYS.between(REFERENCE, agedFrom) / HALF_LIFE_DAYS);
			String kind = "planned".equals(fact.status()) ? "intent" : fact.kind();
			// A fact counts once per weight of its types, as cooperation.cypher's UNION keeps one of equal rows.
			Set<Double> weights = new HashSet<>();
			fact.types().forEach(type -> weights.add(weight(type, fact.status())));
			weights.remove(null);
			for (Double weight : weights) {
				double scaled = sign * weight * magnitude * growth;
				for (List<String> pair : pairs) {
					String key = String.join("|", pair.get(0), pair.get(1), month.toString(), kind, fact.cameo(),
							pair.get(2), weight.toString());
					this.rows.computeIfAbsent(key, k -> new Row(pair, month, kind, fact.cameo(), weight))
						.add(fact.dateTo(), sign, scaled);
					this.totals.computeIfAbsent(pair.subList(0, 2), k -> new Total())
						.add(pair.get(2), sign, sign * weight * magnitude * fromReference, fact.dateTo());
				}
			}
		}
	}

	/** The rows for cypher/import/dyad-periods.cypher, leaving out those that add up to nothing. */
	List<Map<String, Object>> rows() {
		List<Map<String, Object>> out = new ArrayList<>();
		this.rows.forEach((key, row) -> {
			if (!row.isNothing()) {
				out.add(row.toMap(key));
			}
		});
		return out;
	}

	/** The rows for cypher/import/dyad-totals.cypher, leaving out those that add up to nothing. */
	List<Map<String, Object>> totals() {
		List<Map<String, Object>> out = new ArrayList<>();
		this.totals.forEach((pair, total) -> {
			if (total.events != 0 || total.aToB != 0 || total.bToA != 0 || total.lastDay != null) {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("key", pair.get(0) + "|" + pair.get(1));
				map.put("a", pair.get(0));
				map.put("b", pair.get(1));
				map.put("events", total.events);
				map.put("aToB", total.aToB);
				map.put("bToA", total.bToA);
				map.put("lastDay", total.lastDay);
				out.add(map);
			}
		});
		return out;
	}

	/** Planned actions weigh as CAMEO 031 intent unless their root is already 03 (as cooperation.cypher). */
	private Double weight(String type, String status) {
		Weight weight = this.weights.get(type);
		if (weight == null) {
			return null;
		}
		Weight intent = this.weights.get("031");
		boolean asIntent = "planned".equals(status) && weight.root() != null && !"03".equals(weight.root());
		return (asIntent && intent != null) ? intent.goldstein() : weight.goldstein();
	}

	/** The distinct (a, b, direction) a fact counts for. */
	private static Set<List<String>> pairs(RollupFact fact, Map<String, Countries> countries) {
		Set<List<String>> pairs = new HashSet<>();
		for (String giver : fact.givers()) {
			for (String receiver : fact.receivers()) {
				pair(pairs, countries, giver, receiver, "a->b");
				pair(pairs, countries, receiver, giver, "b->a");
			}
			if (fact.joint()) {
				for (String other : fact.givers()) {
					if (!other.equals(giver)) {
						pair(pairs, countries, giver, other, "mutual");
					}
				}
			}
		}
		return pairs;
	}

	private static void pair(Set<List<String>> pairs, Map<String, Countries> countries, String x, String y,
			String direction) {
		Countries ofX = countries.getOrDefault(x, Countries.NONE);
		Countries ofY = countries.getOrDefault(y, Countries.NONE);
		for (String a : ofX.sides()) {
			if (ofY.sides().contains(a)) {
				continue; // the other party is on a's side too
			}
			for (String b : ofY.standsFor()) {
				if (!b.equals(a)) {
					pairs.add(List.of(a, b, direction));
				}
			}
		}
	}

	/**
	 * A pair's facts over all time, scaled from {@link #REFERENCE}: what each side did (a joint fact half to each)
	 * and the last day of any fact ever added, after which the totals are the whole answer.
	 */
	private static final class Total {

		private long events;

		private double aToB;

		private double bToA;

		private LocalDate lastDay;

		void add(String direction, int events, double scaled, LocalDate day) {
			this.events += events;
			switch (direction) {
				case "a->b" -> this.aToB += scaled;
				case "b->a" -> this.bToA += scaled;
				default -> {
					this.aToB += scaled / 2;
					this.bToA += scaled / 2;
				}
			}
			// Taking a fact out leaves the last day as it was: later than need be is still right, only slower.
			if (events > 0 && (this.lastDay == null || day.isAfter(this.lastDay))) {
				this.lastDay = day;
			}
		}

	}

	private static final class Row {

		private final List<String> pair;

		private final LocalDate month;

		private final String kind;

		private final String cameo;

		private final double weight;

		private long events;

		private double scaled;

		private final TreeMap<LocalDate, double[]> days = new TreeMap<>();

		Row(List<String> pair, LocalDate month, String kind, String cameo, double weight) {
			this.pair = pair;
			this.month = month;
			this.kind = kind;
			this.cameo = cameo;
			this.weight = weight;
		}

		void add(LocalDate day, int events, double scaled) {
			this.events += events;
			this.scaled += scaled;
			double[] sums = this.days.computeIfAbsent(day, d -> new double[2]);
			sums[0] += events;
			sums[1] += scaled;
		}

		/** A fact taken out and put back unchanged. */
		boolean isNothing() {
			return this.days.values().stream().allMatch(sums -> sums[0] == 0 && sums[1] == 0);
		}

		Map<String, Object> toMap(String key) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("key", key);
			map.put("a", this.pair.get(0));
			map.put("b", this.pair.get(1));
			map.put("month", this.month);
			map.put("monthEnd", this.month.plusMonths(1).minusDays(1));
			map.put("kind", this.kind);
			map.put("cameo", this.cameo);
			map.put("direction", this.pair.get(2));
			map.put("weight", this.weight);
			map.put("events", this.events);
			map.put("scaled", this.scaled);
			map.put("days", this.days.keySet().stream().map(day -> (long) day.getDayOfMonth()).toList());
			map.put("dayEvents", this.days.values().stream().map(sums -> (long) sums[0]).toList());
			map.put("dayScaled", this.days.values().stream().map(sums -> sums[1]).toList());
			return map;
		}

	}

}
