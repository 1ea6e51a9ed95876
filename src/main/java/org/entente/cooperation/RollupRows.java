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

import org.entente.web.QueryParameters;

/**
 * The (:DyadPeriod) and (:DyadTotal) deltas of some facts, added up per row in memory so that the write touches each
 * row once. Nothing here scores a fact: each fact's entries come from cypher/import/fact-terms.cypher, and this only
 * files them by country pair, month and component, scaled so that a reader applies one decay factor per row. A fact
 * counts as cypher/queries/cooperation.cypher counts it: once per (country a, country b, direction), for each
 * country a on the side of one party when the other party is not on a's side, and each country b the other party
 * stands for (b not a) when the first party is not on b's side.
 */
final class RollupRows {

	/** The half-life the rollups are summed for: decaying values hold 2^(days from the month's start / this). */
	static final double HALF_LIFE_DAYS = QueryParameters.DEFAULT_HALF_LIFE_DAYS;

	/** The day the pair totals are scaled from (as in cypher/queries/cooperation-scores.cypher). */
	static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

	/** A row's values: events, then score, low, high, single source decaying, then the same standing. */
	static final int VALUES = 9;

	/** The countries an actor counts for: on whose side it is, and which it stands for as the other party. */
	record Countries(Set<String> sides, Set<String> standsFor) {

		static final Countries NONE = new Countries(Set.of(), Set.of());

	}

	private final Map<String, Row> rows = new HashMap<>();

	private final Map<List<String>, Total> totals = new HashMap<>();

	/**
	 * Adds ({@code sign} 1) or takes out ({@code sign} -1) the entries of facts.
	 * @param countries the countries of every giver and receiver of the facts
	 */
	void add(Collection<RollupFact> facts, Map<String, Countries> countries, int sign) {
		for (RollupFact fact : facts) {
			Set<List<String>> pairs = pairs(fact, countries);
			if (pairs.isEmpty() || fact.weight() == null) {
				continue;
			}
			for (RollupFact.Entry entry : fact.entries()) {
				LocalDate month = entry.day().withDayOfMonth(1);
				double toMonth = entry.standing() ? 1 : Math.pow(2, ChronoUnit.DAYS.between(month, entry.aged()) / HALF_LIFE_DAYS);
				double toReference = entry.standing() ? 1
						: Math.pow(2, ChronoUnit.DAYS.between(REFERENCE, entry.aged()) / HALF_LIFE_DAYS);
				double[] values = new double[VALUES];
				values[0] = sign * entry.events();
				for (int k = 0; k < 4; k++) {
					values[(entry.standing() ? 5 : 1) + k] = sign * entry.values().get(k) * toMonth;
				}
				for (List<String> pair : pairs) {
					String key = String.join("|", pair.get(0), pair.get(1), month.toString(), fact.kind(),
							String.valueOf(fact.cameo()), pair.get(2), fact.weight().toString());
					this.rows.computeIfAbsent(key, k -> new Row(pair, month, fact.kind(), fact.cameo(), fact.weight()))
						.add(entry.day(), values);
					this.totals.computeIfAbsent(pair.subList(0, 2), k -> new Total())
						.add(pair.get(2), sign, entry, toReference);
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
			if (total.events != 0 || total.lastDay != null || !isZero(total.values)) {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("key", pair.get(0) + "|" + pair.get(1));
				map.put("a", pair.get(0));
				map.put("b", pair.get(1));
				map.put("events", total.events);
				map.put("values", toList(total.values));
				map.put("lastDay", total.lastDay);
				out.add(map);
			}
		});
		return out;
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
				// Nor is x on b's side: a fact within one side counts for neither (symmetric, as cooperation.cypher).
				if (!b.equals(a) && !ofX.sides().contains(b)) {
					pairs.add(List.of(a, b, direction));
				}
			}
		}
	}

	private static boolean isZero(double[] values) {
		for (double v : values) {
			if (Math.abs(v) > 1e-9) {
				return false;
			}
		}
		return true;
	}

	private static List<Double> toList(double[] values) {
		List<Double> list = new ArrayList<>(values.length);
		for (double v : values) {
			list.add(v);
		}
		return list;
	}

	/**
	 * A pair's entries over all time: what each side did (a joint fact half to each), the range and the single-source
	 * part, decaying ones scaled from {@link #REFERENCE} and standing ones as they are, and the last day of any entry
	 * ever added, after which the totals are the whole answer.
	 */
	private static final class Total {

		private long events;

		/** aToB, bToA, low, high, single: decaying, then standing. */
		private final double[] values = new double[10];

		private LocalDate lastDay;

		void add(String direction, int sign, RollupFact.Entry entry, double toReference) {
			this.events += sign * entry.events();
			double scale = sign * toReference;
			LocalDate day = entry.day();
			int at = entry.standing() ? 5 : 0;
			double point = entry.values().get(0) * scale;
			switch (direction) {
				case "a->b" -> this.values[at] += point;
				case "b->a" -> this.values[at + 1] += point;
				default -> {
					this.values[at] += point / 2;
					this.values[at + 1] += point / 2;
				}
			}
			for (int k = 1; k < 4; k++) {
				this.values[at + 1 + k] += entry.values().get(k) * scale;
			}
			// Taking a fact out leaves the last day as it was: later than need be is still right, only slower.
			if (sign > 0 && (this.lastDay == null || day.isAfter(this.lastDay))) {
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

		private final TreeMap<LocalDate, double[]> days = new TreeMap<>();

		Row(List<String> pair, LocalDate month, String kind, String cameo, double weight) {
			this.pair = pair;
			this.month = month;
			this.kind = kind;
			this.cameo = cameo;
			this.weight = weight;
		}

		void add(LocalDate day, double[] values) {
			double[] sums = this.days.computeIfAbsent(day, d -> new double[VALUES]);
			for (int k = 0; k < VALUES; k++) {
				sums[k] += values[k];
			}
		}

		/** Entries taken out and put back unchanged. */
		boolean isNothing() {
			return this.days.values().stream().allMatch(RollupRows::isZero);
		}

		Map<String, Object> toMap(String key) {
			double[] values = new double[VALUES];
			List<Double> dayValues = new ArrayList<>();
			this.days.values().forEach(sums -> {
				for (int k = 0; k < VALUES; k++) {
					values[k] += sums[k];
					dayValues.add(sums[k]);
				}
			});
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
			map.put("values", toList(values));
			map.put("days", this.days.keySet().stream().map(day -> (long) day.getDayOfMonth()).toList());
			map.put("dayValues", dayValues);
			return map;
		}

	}

}
