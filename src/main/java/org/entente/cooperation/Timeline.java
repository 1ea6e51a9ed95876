package org.entente.cooperation;

import java.time.LocalDate;
import java.util.List;

/** The score of a dyad at the end of each period: how the tie grew and faded. */
record Timeline(String a, String b, String interval, int halfLifeDays, List<Point> points) {

	record Point(String period, LocalDate start, LocalDate end, double score, Cooperation.Range range, double index,
			int facts) {
	}

}
