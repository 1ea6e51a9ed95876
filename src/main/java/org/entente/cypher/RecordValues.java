package org.entente.cypher;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Null-tolerant reads of driver values into plain Java, for mapping records into DTOs. */
public final class RecordValues {

	private RecordValues() {
	}

	public static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	public static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	public static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	/**
	 * The list of strings in {@code column} of the query's one row (ids, codes), empty when there is no row.
	 * @param query the query with its parameters bound
	 * @param column the column holding the list
	 * @return the strings
	 */
	public static List<String> stringsOf(Neo4jClient.RunnableSpec query, String column) {
		return query.fetchAs(Strings.class)
			.mappedBy((types, row) -> new Strings(strings(row.get(column))))
			.one()
			.map(Strings::values)
			.orElse(List.of());
	}

	private record Strings(List<String> values) {
	}

	public static Map<String, Object> map(Value value) {
		return value.isNull() ? Map.of() : value.asMap();
	}

}
