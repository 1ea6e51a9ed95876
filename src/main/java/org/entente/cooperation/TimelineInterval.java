package org.entente.cooperation;

import java.time.LocalDate;

/** The periods of a timeline. */
enum TimelineInterval {

	YEAR {
		@Override
		LocalDate periodStart(LocalDate date) {
			return date.withDayOfYear(1);
		}

		@Override
		LocalDate next(LocalDate periodStart) {
			return periodStart.plusYears(1);
		}

		@Override
		String label(LocalDate periodStart) {
			return String.valueOf(periodStart.getYear());
		}
	},

	QUARTER {
		@Override
		LocalDate periodStart(LocalDate date) {
			return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
		}

		@Override
		LocalDate next(LocalDate periodStart) {
			return periodStart.plusMonths(3);
		}

		@Override
		String label(LocalDate periodStart) {
			return periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
		}
	},

	MONTH {
		@Override
		LocalDate periodStart(LocalDate date) {
			return date.withDayOfMonth(1);
		}

		@Override
		LocalDate next(LocalDate periodStart) {
			return periodStart.plusMonths(1);
		}

		@Override
		String label(LocalDate periodStart) {
			return periodStart.toString().substring(0, 7);
		}
	};

	abstract LocalDate periodStart(LocalDate date);

	abstract LocalDate next(LocalDate periodStart);

	abstract String label(LocalDate periodStart);

	/** The start of the period {@code periods} before the one holding {@code date}. */
	LocalDate back(LocalDate date, int periods) {
		LocalDate start = periodStart(date);
		return switch (this) {
			case YEAR -> start.minusYears(periods);
			case QUARTER -> start.minusMonths(3L * periods);
			case MONTH -> start.minusMonths(periods);
		};
	}

	/** How many periods from the one holding {@code from} to the one holding {@code to}. */
	long periodsBetween(LocalDate from, LocalDate to) {
		long periods = 0;
		for (LocalDate start = periodStart(from); !start.isAfter(to); start = next(start)) {
			periods++;
		}
		return periods;
	}

}
