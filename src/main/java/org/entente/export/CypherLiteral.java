package org.entente.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Java values written back as Cypher literals, temporal types included, for the Cypher export. */
final class CypherLiteral {

	private CypherLiteral() {
	}

	static String of(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof LocalDate date) {
			return "date('" + date + "')";
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return "datetime('" + value + "')";
		}
		if (value instanceof LocalDateTime dateTime) {
			return "localdatetime('" + dateTime + "')";
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(CypherLiteral::of).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(entry -> "`" + entry.getKey().toString().replace("`", "``") + "`: " + of(entry.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		throw new IllegalArgumentException("No Cypher literal for " + value.getClass().getName());
	}

}
