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

	/** A day within the years 1 to 9999 (ISO 8601's four digits): past them, stepping from day to day overflows. */
	public static LocalDate day(String name, LocalDate day) {
		if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
			throw new InvalidParameterException(name, "must be within the years 1 to 9999");
		}
		return day;
	}

	public static int halfLifeDays(int days) {
		return bounded("halfLifeDays", days, 1, 36_500);
	}

}
