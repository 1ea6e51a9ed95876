package org.entente.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.vocabulary.DateBounds;
import org.entente.web.InvalidParameterException;

/**
 * The JSON export's value encoding: JSON has no dates, so temporal values travel as {@code {"$date": "2024-03-30"}}
 * (and {@code $datetime}, {@code $localdatetime}) and come back as the same Neo4j types.
 */
final class GraphJson {

	private static final Set<String> TEMPORAL = Set.of("$date", "$datetime", "$localdatetime");

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
		return decode(value, "");
	}

	/**
	 * @param at where the value is in the document, for errors
	 * @throws InvalidParameterException naming the value when it is no date, or one outside {@link DateBounds}
	 */
	static Object decode(Object value, String at) {
		if (value instanceof Map<?, ?> map && map.size() == 1 && TEMPORAL.contains(map.keySet().iterator().next().toString())) {
			String tag = map.keySet().iterator().next().toString();
			Object text = map.values().iterator().next();
			Temporal temporal;
			try {
				temporal = switch (tag) {
					case "$date" -> LocalDate.parse(String.valueOf(text));
					case "$datetime" -> ZonedDateTime.parse(String.valueOf(text));
					default -> LocalDateTime.parse(String.valueOf(text));
				};
			}
			catch (DateTimeException ex) {
				throw new InvalidParameterException(at, "'" + text + "' is not a " + tag.substring(1) + " (ISO 8601)");
			}
			String outOfRange = DateBounds.outOfRange(LocalDate.from(temporal));
			if (outOfRange != null) {
				throw new InvalidParameterException(at, outOfRange);
			}
			return temporal;
		}
		if (value instanceof List<?> list) {
			List<Object> decoded = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				decoded.add(decode(list.get(i), at + "/" + i));
			}
			return decoded;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> decoded = new LinkedHashMap<>();
			map.forEach((key, item) -> decoded.put(key.toString(), decode(item, at + "/" + key)));
			return decoded;
		}
		return value;
	}

}
