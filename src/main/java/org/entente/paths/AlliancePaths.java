package org.entente.paths;

import java.time.LocalDate;
import java.util.List;

/** The answer to "how are these two tied together?", path by path and hop by hop. */
record AlliancePaths(String from, String to, LocalDate asOf, String mode, List<AlliancePath> paths) {

	record AlliancePath(int hops, double strength, List<PathNode> nodes, List<Hop> relationships) {
	}

	record PathNode(String id, List<String> labels, String name) {
	}

	/**
	 * One tie on the path. {@code fact} is the fact it passes through (if any), whose date, CAMEO code and Goldstein
	 * weight it reports; {@code strength} is that fact's strength at {@code asOf}, 1 for memberships and positions.
	 */
	record Hop(String type, String from, String to, String fact, String date, String cameo, Double goldstein,
			String sourceId, double strength) {
	}

}
