package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.vocabulary.DateBounds;

/**
 * A date as precise as the source gives it, in the EDTF subset Entente stores: a day ({@code 2024-03-28}), a month
 * ({@code 2024-03}), a year ({@code 2024}), or an interval of those with either end open ({@code ../2024-03-27},
 * {@code 2021/2024-03-27}). {@code from} and {@code to} are the earliest and latest possible days, null where open.
 *
 * @param edtf the date as written
 * @param from the earliest possible day, or null
 * @param to the latest possible day, or null
 * @param precision day, month, year or range
 */
record ImpreciseDate(String edtf, LocalDate from, LocalDate to, String precision) {

	private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/**
	 * Parses an EDTF date or interval.
	 * @param edtf the text
	 * @return the date with its bounds
	 * @throws IllegalArgumentException with a reason fit for an error message
	 */
	static ImpreciseDate parse(String edtf) {
		String text = edtf.strip();
		int slash = text.indexOf('/');
		if (slash < 0) {
			return single(text);
		}
		String start = text.substring(0, slash);
		String end = text.substring(slash + 1);
		LocalDate from = open(start) ? null : single(start).from();
		LocalDate to = open(end) ? null : single(end).to();
		if (from == null && to == null) {
			throw new IllegalArgumentException("'" + edtf + "' is open at both ends");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("'" + edtf + "' starts after it ends");
		}
		return new ImpreciseDate(text, from, to, "range");
	}

	/** The same date, known to lie no later than {@code latest}: a source cannot report what has not happened. */
	ImpreciseDate noLaterThan(LocalDate latest) {
		return (this.to == null || this.to.isAfter(latest)) ? new ImpreciseDate(this.edtf, this.from, latest, this.precision)
				: this;
	}

	private static boolean open(String end) {
		return end.isEmpty() || end.equals("..");
	}

	private static ImpreciseDate single(String text) {
		Matcher m = SINGLE.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B)");
		}
		int year = Integer.parseInt(m.group(1));
		if (year < DateBounds.FIRST_YEAR) {
			throw new IllegalArgumentException("'" + text + "' is before the year " + DateBounds.FIRST_YEAR);
		}
		try {
			if (m.group(2) == null) {
				return new ImpreciseDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year");
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			if (m.group(3) == null) {
				return new ImpreciseDate(text, month.atDay(1), month.atEndOfMonth(), "month");
			}
			LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
			return new ImpreciseDate(text, day, day, "day");
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a real date");
		}
	}

}
