package org.entente.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.entente.cypher.RecordValues;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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

	/** A record of cypher/queries/rollup-facts.cypher. */
	static RollupFact of(Record row) {
		List<String> days = row.get("days").asList(Value::asString);
		List<String> aged = row.get("aged").asList(Value::asString);
		List<Long> events = row.get("events").asList(Value::asLong);
		List<Long> standing = row.get("standing").asList(Value::asLong);
		List<List<Double>> values = Stream.of("point", "low", "high", "single")
			.map(key -> row.get(key).asList(Value::asDouble))
			.toList();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			int at = i;
			List<Double> v = values.stream().map(list -> list.get(at)).toList();
			entries.add(new Entry(LocalDate.parse(days.get(i)), LocalDate.parse(aged.get(i)), events.get(i),
					standing.get(i) == 1, v));
		}
		Value weight = row.get("weight");
		return new RollupFact(row.get("id").asString(), RecordValues.string(row.get("kind")),
				RecordValues.string(row.get("cameo")), weight.isNull() ? null : weight.asDouble(),
				row.get("joint").asBoolean(false), Set.copyOf(RecordValues.strings(row.get("givers"))),
				Set.copyOf(RecordValues.strings(row.get("receivers"))), entries);
	}

}
