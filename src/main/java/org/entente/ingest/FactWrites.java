package org.entente.ingest;

import java.util.List;
import java.util.Set;

/**
 * Hears about the facts an import writes, in the import's own transaction, so that what is derived from them (the
 * cooperation rollups) stays in step. The importer calls {@link #beforeWrite} with what it is about to write, writes,
 * then runs the {@link AfterWrite} it got back.
 */
public interface FactWrites {

	/** Reads what the writes may change, as the graph holds it now; the answer runs once they are written. */
	AfterWrite beforeWrite(Change change);

	/** What runs after an import's writes. */
	@FunctionalInterface
	interface AfterWrite {

		void afterWrite();

	}

	/**
	 * What an import is about to write, as far as derived data cares: the ids of the facts it writes (new ones, ones
	 * already in the graph, and planned facts that its facts fulfil), the treaties and alliances whose memberships
	 * it writes, and the ties and positions that may give an actor a new country.
	 */
	record Change(Set<String> facts, Set<String> treaties, List<Tie> ties, List<Position> positions) {
	}

	/** An entity-to-entity tie: {@code OF_COUNTRY}, {@code PART_OF}, ... */
	record Tie(String from, String type, String to) {
	}

	/** An official holding a position in a military or state body. */
	record Position(String official, String position, String unit) {
	}

}
