package org.entente.export;

import java.util.List;
import java.util.Map;

/**
 * A part of the graph, as exported: every node found by its key label and id, every relationship by its ends.
 * Property values are Java values (dates as {@link java.time.LocalDate}).
 */
record GraphSnapshot(List<Node> nodes, List<Relationship> relationships) {

	record Node(String key, String id, List<String> labels, Map<String, Object> properties) {
	}

	record Relationship(String type, String startKey, String start, String endKey, String end,
			Map<String, Object> properties) {
	}

}
