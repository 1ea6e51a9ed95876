package org.entente.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What is in the graph at {@code asOf}.
 *
 * @param counts how many nodes of each kind, and {@code dyads}: pairs of countries with any fact between them
 * @param firstDay the earliest possible day of the earliest fact (null when there is none)
 * @param lastDay the earliest possible day of the latest fact
 * @param sources the latest sources, by their date
 * @param facts the latest facts up to {@code asOf}, by their earliest possible day
 * @param strongest the pairs of countries with the highest scores at {@code asOf}
 * @param changed the pairs whose score moved most over the {@code since} days before {@code asOf}
 */
record Overview(LocalDate asOf, int halfLifeDays, Map<String, Long> counts, LocalDate firstDay, LocalDate lastDay,
		List<Map<String, Object>> sources, List<Map<String, Object>> facts, List<Dyad> strongest, LocalDate since,
		List<Change> changed) {

	record Dyad(String a, String aName, String b, String bName, double score, int facts) {
	}

	/** @param before the score at {@code since}; @param change score minus before */
	record Change(String a, String aName, String b, String bName, double score, double before, double change) {
	}

}
