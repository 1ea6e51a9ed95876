package org.entente.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Seeded random endpoints for queries: the same sequence for Entente and its reference. */
record Pairs(List<String> countries, List<String> officials, Random random, LocalDate asOf) {

	String country() {
		return this.countries.get(this.random.nextInt(this.countries.size()));
	}

	String official() {
		return this.officials.get(this.random.nextInt(this.officials.size()));
	}

	/** Two distinct officials, or two distinct countries. */
	String[] two(boolean officials) {
		String a = officials ? official() : country();
		String b = a;
		while (b.equals(a)) {
			b = officials ? official() : country();
		}
		return new String[] { a, b };
	}

}
