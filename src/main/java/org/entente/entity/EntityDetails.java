package org.entente.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Any node: its labels and properties, and each relationship with the other end and its source. */
record EntityDetails(String id, List<String> labels, Map<String, Object> properties,
		List<Relationship> relationships) {

	record Relationship(String type, String direction, String otherId, List<String> otherLabels, String otherName,
			Map<String, Object> properties, SourceRef source) {
	}

	record SourceRef(String id, String name, LocalDate date) {
	}

}
