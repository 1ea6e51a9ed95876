package org.entente.cooperation;

import java.util.List;

/**
 * One fact behind a {@link CountryTie}, as the dyad endpoint lists it with {@code evidence=true}: what it is, what it
 * adds at the date asked, and the sources that report it (oldest first).
 *
 * @param direction {@code a->b}, {@code b->a} or {@code mutual}, from the tie's {@code a}
 * @param certain whether it is certainly past at the date (if not, it counts in the range only)
 */
public record TieFact(String id, String kind, String summary, String date, String cameo, String direction,
		double contribution, boolean certain, List<String> sourceIds) {
}
