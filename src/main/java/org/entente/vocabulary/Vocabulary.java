package org.entente.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * The fixed vocabulary of the graph. Labels and relationship types that reach Cypher from outside (imports) must
 * come from here, never from user text.
 */
public final class Vocabulary {

	/** Labels whose nodes are found by {@code id}, in the order a node's key label is chosen. */
	public static final List<String> KEY_LABELS = List.of("Entity", "Fact", "Source", "EventType", "Obligation",
			"ScoringModel", "Import");

	/**
	 * The audit trail (an {@code Import} per import, WROTE what it created; ImportSequence numbers them): bookkeeping,
	 * never exported, and not in {@link #LABELS} or {@link #RELATIONSHIP_TYPES}, so no graph import writes it.
	 */
	public static final Set<String> AUDIT_LABELS = Set.of("Import", "ImportSequence");

	public static final Set<String> LABELS = Set.of("Entity", "Country", "Military", "Official", "Honor", "Group",
			"ArmedGroup", "StateBody", "Treaty", "Alliance", "Fact", "Position", "Conferral", "Engagement", "StandingTie",
			"Source", "EventType", "Obligation", "ScoringModel", "DyadPeriod", "DyadTotal");

	public static final Set<String> RELATIONSHIP_TYPES = Set.of("OF_COUNTRY", "OPERATES_IN", "PART_OF", "HOLDS", "IN",
			"AWARDED_BY", "CONFERRED", "AWARDED_TO", "OF_HONOR", "ACTOR_IN", "TARGETS", "OF_TYPE", "REPORTED_IN",
			"MENTIONED_IN", "DESCRIBED_IN", "PARTY_TO", "MEMBER_OF", "OF_TREATY", "FULFILLS", "POSSIBLY_SAME_AS");

	private Vocabulary() {
	}

}
