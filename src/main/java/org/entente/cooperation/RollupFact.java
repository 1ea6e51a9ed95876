package org.entente.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rollups need of one fact, as cypher/import/fact-terms.cypher left it: its kind, CAMEO code and weight
 * (which name its component), who gave or acted ({@code givers}) and who received or was targeted
 * ({@code receivers}; {@code joint} pairs the givers as mutual), and its entries. Two are equal when they count the
 * same.
 */
record RollupFact(String id, String kind, String cameo, Double weight, boolean joint, Set<String> givers,
		Set<String> receivers, List<Entry> entries) {

	/**
	 * From {@code day} on, the fact adds {@code events} and {@code values} (score, low, high, single source), each
	 * decaying from {@code aged}, or not at all when {@code standing}.
	 */
	record Entry(LocalDate day, LocalDate aged, long events, boolean standing, List<Double> values) {
	}

	/** A row of cypher/queries/rollup-facts.cypher. */
	@SuppressWarnings("unchecked")
	static RollupFact of(Map<String, Object> row) {
		List<String> days = list(row, "days");
		List<String> aged = list(row, "aged");
		List<Number> events = list(row, "events");
		List<Number> standing = list(row, "standing");
		List<List<Number>> values = List.of(list(row, "point"), list(row, "low"), list(row, "high"), list(row, "single"));
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			int at = i;
			List<Double> v = values.stream().map(list -> list.get(at).doubleValue()).toList();
			entries.add(new Entry(LocalDate.parse(days.get(i)), LocalDate.parse(aged.get(i)), events.get(i).longValue(),
					standing.get(i).intValue() == 1, v));
		}
		return new RollupFact((String) row.get("id"), (String) row.get("kind"), (String) row.get("cameo"),
				(row.get("weight") instanceof Number n) ? n.doubleValue() : null, Boolean.TRUE.equals(row.get("joint")),
				Set.copyOf((Collection<String>) row.get("givers")), Set.copyOf((Collection<String>) row.get("receivers")),
				entries);
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> row, String key) {
		return (row.get(key) instanceof List<?> list) ? (List<T>) list : List.of();
	}

}
