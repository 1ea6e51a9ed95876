package org.entente.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * Scores between every pair of the given countries: {@code scores[i][j]} is the score of countries i and j (the
 * matrix is symmetric; the diagonal is 0).
 */
record CooperationMatrix(List<String> countries, LocalDate asOf, int halfLifeDays, double[][] scores) {
}
