package org.entente.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Driver values as plain JSON: nodes as {@code {id, labels, properties}}, relationships as
 * {@code {id, type, start, end, properties}} (ids are element ids), paths as their nodes and relationships,
 * temporal values as ISO 8601 strings, points as {@code {srid, x, y[, z]}}.
 */
final class RowValues {

	private RowValues() {
	}

	static List<Object> of(Record record) {
		return record.values().stream().map(Value::asObject).map(RowValues::json).toList();
	}

	static Object json(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
				|| value instanceof byte[]) {
			return value;
		}
		if (value instanceof Node node) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", node.elementId());
			json.put("labels", StreamSupport.stream(node.labels().spliterator(), false).toList());
			json.put("properties", properties(node.asMap()));
			return json;
		}
		if (value instanceof Relationship relationship) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", relationship.elementId());
			json.put("type", relationship.type());
			json.put("start", relationship.startNodeElementId());
			json.put("end", relationship.endNodeElementId());
			json.put("properties", properties(relationship.asMap()));
			return json;
		}
		if (value instanceof Path path) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("nodes", StreamSupport.stream(path.nodes().spliterator(), false).map(RowValues::json).toList());
			json.put("relationships",
					StreamSupport.stream(path.relationships().spliterator(), false).map(RowValues::json).toList());
			return json;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(RowValues::json).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> json = new LinkedHashMap<>();
			map.forEach((key, item) -> json.put(String.valueOf(key), json(item)));
			return json;
		}
		if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
				|| value instanceof OffsetTime || value instanceof OffsetDateTime) {
			return value.toString();
		}
		if (value instanceof ZonedDateTime dateTime) {
			// A named zone is kept in brackets, as java.time and Cypher write it; a bare offset is plain ISO 8601.
			return (dateTime.getZone() instanceof ZoneOffset) ? dateTime.toOffsetDateTime().toString()
					: DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
		}
		if (value instanceof IsoDuration duration) {
			return duration.toString();
		}
		if (value instanceof Point point) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("srid", point.srid());
			json.put("x", point.x());
			json.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				json.put("z", point.z());
			}
			return json;
		}
		return value.toString();
	}

	private static Map<String, Object> properties(Map<String, Object> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((key, item) -> json.put(key, json(item)));
		return json;
	}

}
