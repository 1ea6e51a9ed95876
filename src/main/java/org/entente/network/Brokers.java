package org.entente.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The brokers of the cooperation network at {@code asOf}: the countries most of its strongest paths run through.
 *
 * @param pairs how many pairs of countries the network has: a broker's betweenness is out of these
 */
record Brokers(LocalDate asOf, int halfLifeDays, int pairs, List<Broker> brokers) {

	/**
	 * @param betweenness how many pairs of countries its strongest paths run through (a pair with several equally
	 * strong paths counts the share of them that do)
	 * @param joins pairs of its partners that are closer through it than directly, other blocs first
	 * @param ties its strongest cooperative ties, with their evidence
	 */
	record Broker(String id, String name, String bloc, double betweenness, double influence, List<Join> joins,
			List<NetworkTie> ties) {
	}

	/**
	 * Two partners of a broker whose path through it is shorter than their own tie (a tie's length is 1 / score).
	 * @param viaA the score between {@code a} and the broker
	 * @param viaB the score between the broker and {@code b}
	 * @param direct the score between {@code a} and {@code b}, null if they have none
	 */
	record Join(String a, String aBloc, String b, String bBloc, double viaA, double viaB, Double direct) {
	}

}
