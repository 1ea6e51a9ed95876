package org.entente.network;

import java.time.LocalDate;
import java.util.List;

/** The countries of the cooperation network at {@code asOf}, most influential first. */
record Influence(LocalDate asOf, int halfLifeDays, List<Ranked> countries) {

	/**
	 * @param influence weighted PageRank, summing to 1 over the network
	 * @param partners how many cooperative ties it has
	 * @param strength the sum of the scores of those ties
	 */
	record Ranked(String id, String name, String bloc, double influence, double betweenness, int partners,
			double strength) {
	}

}
