package org.entente.vocabulary;

import java.time.LocalDate;

/**
 * The days an import may store, one rule for dossiers and graph imports. Years run from 1000, before anything Entente
 * models (the oldest alliance still in force, Windsor, is from 1386), to 9999, the last a four-digit EDTF year can
 * name. A source's own date is a day it was published, so it can be no later than tomorrow (a day's slack for time
 * zones).
 */
public final class DateBounds {

	public static final int FIRST_YEAR = 1000;

	public static final int LAST_YEAR = 9999;

	private DateBounds() {
	}

	/** Why the day cannot be stored, or null when it can. */
	public static String outOfRange(LocalDate day) {
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			return "'" + day + "' is outside the years " + FIRST_YEAR + " to " + LAST_YEAR;
		}
		return null;
	}

	/** Why the day cannot be a source's publication day, or null when it can. */
	public static String notPublishable(LocalDate day, LocalDate today) {
		String outOfRange = outOfRange(day);
		if (outOfRange != null) {
			return outOfRange;
		}
		return day.isAfter(today.plusDays(1)) ? "'" + day + "' is in the future: a source is dated by the day it was published" : null;
	}

}
