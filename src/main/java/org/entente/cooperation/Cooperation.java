package org.entente.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * How close two actors are at {@code asOf}, and why: the signed {@code score} is the sum of the {@code components},
 * which group the {@code evidence}, every fact used with all its sources (null when not asked for).
 *
 * @param range how low and how high the score may be, from date ranges that hold {@code asOf}, single-source and
 * disputed claims, possible duplicates, counts known only as "more than" or "several", and ongoing states not
 * reported since
 * @param singleSource the part of the score that rests on one unconfirmed source
 * @param index the score on a 0-100 scale, 100 / (1 + e^(-score / 25)): 50 is no net tie
 * @param reciprocity the smaller direction over the larger (0 to 1); 0 when one side gives nothing or they differ
 * in sign
 * @param announced how many planned facts are in the evidence, and how many of them a later fact fulfilled (null
 * without evidence)
 */
record Cooperation(String a, String b, LocalDate asOf, int halfLifeDays, double score, Range range,
		double singleSource, double index, double reciprocity, Directions directions, List<Component> components,
		List<Evidence> evidence, Announced announced) {

	static Cooperation none(String a, String b, LocalDate asOf, int halfLifeDays) {
		return new Cooperation(a, b, asOf, halfLifeDays, 0.0, new Range(0.0, 0.0), 0.0, 50.0, 0.0,
				new Directions(0.0, 0.0), List.of(), List.of(), new Announced(0, 0));
	}

	Cooperation withoutEvidence() {
		return new Cooperation(this.a, this.b, this.asOf, this.halfLifeDays, this.score, this.range, this.singleSource,
				this.index, this.reciprocity, this.directions, this.components, null, null);
	}

	/** The lowest and highest the score may be. */
	record Range(double low, double high) {
	}

	/** What each side did to the other; a joint fact counts half in each direction. */
	record Directions(double aToB, double bToA) {
	}

	record Component(String kind, String cameo, String direction, long events, double weight, double contribution) {
	}

	/** Planned facts behind the score, and how many of them were carried out. */
	record Announced(int planned, int fulfilled) {
	}

	/**
	 * One fact behind the score: what it is, its sources ({@code sources} of them, {@code sourceIds} oldest
	 * first; {@code sourceId} is the first), its claim, and what it adds at {@code asOf}.
	 * @param certain whether it is certainly past at asOf (if not, it counts in the range only)
	 * @param possibleDuplicateOf the fact it may be another report of (then it counts in the range only)
	 */
	record Evidence(String id, String type, String kind, String date, LocalDate dateTo, String until, String cameo,
			Double goldstein, Long count, String countQualifier, String status, String claim, boolean certain,
			String sourceId, long sources, List<String> sourceIds, String possibleDuplicateOf, List<String> fulfilledBy,
			String summary, String direction, double weight, long events, double contribution, double low, double high,
			double singleSource) {
	}

}
