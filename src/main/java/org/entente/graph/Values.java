package org.entente.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/** Null-tolerant reads of driver values into plain Java, for mapping records into DTOs. */
public final class Values {

	private Values() {
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

	public static Map<String, Object> map(Value value) {
		return value.isNull() ? Map.of() : value.asMap();
	}

}
