package org.entente.cooperation;

import java.time.LocalDate;

/** The periods of a timeline: calendar years, quarters or months. */
enum TimelineInterval {

	YEAR(12), QUARTER(3), MONTH(1);

	private final int months;

	TimelineInterval(int months) {
		this.months = months;
	}

	LocalDate periodStart(LocalDate date) {
		return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / this.months) * this.months + 1, 1);
	}

	LocalDate next(LocalDate periodStart) {
		return periodStart.plusMonths(this.months);
	}

	/** The start of the period {@code periods} before the one holding {@code date}. */
	LocalDate back(LocalDate date, int periods) {
		return periodStart(date).minusMonths((long) this.months * periods);
	}

	String label(LocalDate periodStart) {
		return switch (this) {
			case YEAR -> String.valueOf(periodStart.getYear());
			case QUARTER -> periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
			case MONTH -> periodStart.toString().substring(0, 7);
		};
	}

	/** How many periods from the one holding {@code from} to the one holding {@code to}. */
	long periodsBetween(LocalDate from, LocalDate to) {
		LocalDate first = periodStart(from);
		LocalDate last = periodStart(to);
		long monthsApart = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue();
		return monthsApart / this.months + 1;
	}

}
