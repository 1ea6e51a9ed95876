package org.entente.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The blocs of the cooperation network at {@code asOf}: Leiden communities on the cooperative ties.
 *
 * @param modularity how much more the ties keep within blocs than chance would (-0.5 to 1; above about 0.3, a
 * clear split)
 * @param countries how many countries have a tie at that date
 * @param relations between each two blocs with ties between them, the cooperation and the hostility they hold
 */
record Blocs(LocalDate asOf, int halfLifeDays, double modularity, int countries, List<Bloc> blocs,
		List<Relation> relations) {

	/**
	 * A bloc, named by its most influential member.
	 *
	 * @param cooperation the sum of the cooperative ties within it
	 * @param hostility the sum of the hostile ties within it (0 or less)
	 * @param facts how many facts are behind its internal ties
	 * @param ties its strongest internal ties, with their evidence
	 * @param hostileTies its most hostile internal ties, with their evidence
	 */
	record Bloc(String id, int size, double cooperation, double hostility, int facts, List<Member> members,
			List<NetworkTie> ties, List<NetworkTie> hostileTies) {
	}

	/** A member, with its influence (PageRank, summing to 1 over the network) and betweenness. */
	record Member(String id, String name, double influence, double betweenness) {
	}

	/** What the ties between two blocs add up to, each sign apart. */
	record Relation(String a, String b, double cooperation, double hostility, int ties) {
	}

}
