package org.entente.web.fuzz;

import static org.entente.web.fuzz.Values.date;
import static org.entente.web.fuzz.Values.flag;
import static org.entente.web.fuzz.Values.id;
import static org.entente.web.fuzz.Values.number;
import static org.entente.web.fuzz.Values.option;
import static org.entente.web.fuzz.Values.query;
import static org.entente.web.fuzz.Values.segment;

/** GET requests to every read endpoint of docs/api.md, with every parameter it takes. */
final class ReadRequests {

	private ReadRequests() {
	}

	static FuzzRequest any(Choices c) {
		return FuzzRequest.get(c.oneOf(new int[] { 10, 3, 8, 10, 3, 12, 8, 8, 8, 4, 3 }, () -> search(c),
				() -> "/api/countries" + query(c, "sort", id(c)), () -> "/api/countries/" + segment(id(c)),
				() -> "/api/entities/" + segment(id(c)), () -> paths(c), () -> cooperation(c), () -> partners(c),
				() -> matrix(c), () -> timeline(c), () -> export(c), () -> "/api/dossiers/schema" + query(c, "version",
						option(c, "1", "2"))));
	}

	private static String search(Choices c) {
		return "/api/search" + query(c, "q", c.oneOf(new int[] { 50, 50 }, () -> c.of("aung", "soe win", "Myanmar", "rus",
				"a", "hon", "militar"), () -> id(c)), "limit", number(c, 1, 100));
	}

	private static String paths(Choices c) {
		// Paths are the slowest reads (some 30 ms, strongest ones run Yen's algorithm in GDS): fewer, enough to cover them.
		String mode = c.sometimes(3) ? option(c, "strongest", "shortest") : option(c, "shortest", "strongest");
		return "/api/paths" + query(c, "from", id(c), "to", id(c), "k", number(c, 1, 10), "maxHops", number(c, 1, 8),
				"asOf", date(c), "mode", mode, "halfLifeDays", number(c, 1, 36_500));
	}

	private static String cooperation(Choices c) {
		return "/api/cooperation" + query(c, "a", id(c), "b", id(c), "asOf", date(c), "halfLifeDays", number(c, 1, 36_500),
				"evidence", flag(c));
	}

	private static String partners(Choices c) {
		return "/api/cooperation/partners" + query(c, "of", id(c), "top", number(c, 1, 100), "asOf", date(c),
				"halfLifeDays", number(c, 1, 36_500));
	}

	private static String matrix(Choices c) {
		StringBuilder countries = new StringBuilder();
		for (int n = c.of(0, 1, 2, 3, 5, 250, 251, 400); n > 0; n--) {
			countries.append(countries.isEmpty() ? "" : c.of(",", ",", ", ", ",,")).append(c.sometimes(90)
					? c.of("MMR", "RUS", "USA", "CHN", "IND", "THA", "mmr", "XYZ") : id(c));
		}
		return "/api/cooperation/matrix" + query(c, "countries", countries.toString(), "asOf", date(c), "halfLifeDays",
				number(c, 1, 36_500));
	}

	private static String timeline(Choices c) {
		return "/api/cooperation/timeline" + query(c, "a", id(c), "b", id(c), "interval",
				option(c, "year", "quarter", "month"), "from", date(c), "to", date(c), "halfLifeDays", number(c, 1, 36_500));
	}

	private static String export(Choices c) {
		return "/api/export" + query(c, "format", option(c, "json", "graphml", "cypher"), "center", id(c), "depth",
				number(c, 1, 5));
	}

}
