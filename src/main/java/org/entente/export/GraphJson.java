package org.entente.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON export's value encoding: JSON has no dates, so temporal values travel as {@code {"$date": "2024-03-30"}}
 * (and {@code $datetime}, {@code $localdatetime}) and come back as the same Neo4j types.
 */
final class GraphJson {

	private GraphJson() {
	}

	static Object encode(Object value) {
		if (value instanceof LocalDate date) {
			return Map.of("$date", date.toString());
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return Map.of("$datetime", value.toString());
		}
		if (value instanceof LocalDateTime dateTime) {
			return Map.of("$localdatetime", dateTime.toString());
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphJson::encode).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> encoded = new LinkedHashMap<>();
			map.forEach((key, item) -> encoded.put(key.toString(), encode(item)));
			return encoded;
		}
		return value;
	}

	static Object decode(Object value) {
		if (value instanceof Map<?, ?> map && map.size() == 1) {
			Object text = map.values().iterator().next();
			switch (map.keySet().iterator().next().toString()) {
				case "$date" -> {
					return LocalDate.parse(text.toString());
				}
				case "$datetime" -> {
					return ZonedDateTime.parse(text.toString());
				}
				case "$localdatetime" -> {
					return LocalDateTime.parse(text.toString());
				}
				default -> {
				}
			}
		}
		if (value instanceof List<?> list) {
			List<Object> decoded = new ArrayList<>();
			list.forEach(item -> decoded.add(decode(item)));
			return decoded;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> decoded = new LinkedHashMap<>();
			map.forEach((key, item) -> decoded.put(key.toString(), decode(item)));
			return decoded;
		}
		return value;
	}

}
