package org.entente.cooperation;

/**
 * The cooperation score between two countries at a date, as the dyad endpoint gives it, for the features that build
 * on the scores (the network analytics): each pair once, {@code a} before {@code b}.
 *
 * @param score the signed score (negative: a hostile tie)
 * @param low the low end of its range
 * @param high the high end of its range
 * @param facts how many facts and standing ties are behind it
 */
public record CountryTie(String a, String b, double score, double low, double high, int facts) {

	/** The pair's key, "a|b". */
	public String key() {
		return this.a + "|" + this.b;
	}

}
