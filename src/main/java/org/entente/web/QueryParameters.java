package org.entente.web;

import java.time.LocalDate;

/** Checks on request parameters; each failure is a 400 naming the parameter. */
public final class QueryParameters {

	public static final int DEFAULT_HALF_LIFE_DAYS = 365;

	private QueryParameters() {
	}

	public static int bounded(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameterException(name, "must be between " + min + " and " + max);
		}
		return value;
	}

	/** The date a question is asked at: today unless given. */
	public static LocalDate asOf(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now();
	}

	public static int halfLifeDays(int days) {
		return bounded("halfLifeDays", days, 1, 36_500);
	}

}
