package org.entente.network;

import java.util.List;

import org.entente.cooperation.CountryTie;
import org.entente.cooperation.TieFact;

/**
 * A tie between two countries as an answer shows it: its score, its range and how many facts are behind it, and the
 * strongest of those facts with their sources ({@code GET /api/cooperation?evidence=true} lists them all).
 */
record NetworkTie(String a, String b, double score, Range range, int facts, List<TieFact> evidence) {

	record Range(double low, double high) {
	}

	static NetworkTie of(CountryTie tie, List<TieFact> evidence) {
		return new NetworkTie(tie.a(), tie.b(), tie.score(), new Range(tie.low(), tie.high()), tie.facts(), evidence);
	}

}
