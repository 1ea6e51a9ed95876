package org.entente.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * How close two actors are at {@code asOf}, and why: the signed {@code score} is the sum of the {@code components},
 * which group the {@code evidence}, every fact used with its source (null when not asked for).
 *
 * @param index the score on a 0-100 scale, 100 / (1 + e^(-score / 25)): 50 is no net tie
 * @param reciprocity the smaller direction over the larger (0 to 1); 0 when one side gives nothing or they differ
 * in sign
 */
record Cooperation(String a, String b, LocalDate asOf, int halfLifeDays, double score, double index,
		double reciprocity, Directions directions, List<Component> components, List<Evidence> evidence) {

	static Cooperation none(String a, String b, LocalDate asOf, int halfLifeDays) {
		return new Cooperation(a, b, asOf, halfLifeDays, 0.0, 50.0, 0.0, new Directions(0.0, 0.0), List.of(), List.of());
	}

	Cooperation withoutEvidence() {
		return new Cooperation(this.a, this.b, this.asOf, this.halfLifeDays, this.score, this.index, this.reciprocity,
				this.directions, this.components, null);
	}

	/** What each side did to the other; a joint fact counts half in each direction. */
	record Directions(double aToB, double bToA) {
	}

	record Component(String kind, String cameo, String direction, long events, double weight, double contribution) {
	}

	record Evidence(String id, String type, String kind, String date, LocalDate dateTo, String cameo, Double goldstein, Long count,
			String countQualifier, String status, String sourceId, String summary, String direction, double weight,
			double contribution) {
	}

}
