package org.entente.web.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter values as a client may send them: mostly ones the API takes (so that requests get past the checks to
 * the queries), and the rest wrong in every way found so far. None holds the words the answers are searched for
 * ("Exception", "java.lang."), so an error that echoes its input is not taken for a leak.
 */
final class Values {

	/** Ids of the seed (docs/api.md) and of the reference tables, then ones that name nothing. */
	static final List<String> IDS = List.of("MMR", "RUS", "off-soe-win", "mil-rus-defense-ministry", "off-min-aung-hlaing",
			"mil-mmr-armed-forces", "ag-mmr-ethnic-armies", "cnf-rus-honor-to-soe-win", "hon-rus-honor-soe-win",
			"eng-2024-mmr-rus-joint-military-activities-planned", "src-article-000-c0b8e9393a674a5f", "entente-conferral",
			"pos-soe-win-mmr-armed-forces", "USA", "CHN", "FRA", "XYZ", "mmr", "off-nobody");

	static final List<String> ODD = List.of("", " ", "'", "\"", "\\", "%", "%00", "%zz", "+", "&", "=", "#", "?", "/", "..",
			"../../etc/passwd", "$x", "{id: 'MMR'}", "MMR' OR 1=1 //", "') RETURN 1 //", "}]})", "null", "NaN", "Infinity",
			"\u0000", "\r\nX-Injected: 1", "<script>alert(1)</script>", "é", "中文", "🙂", "\u202eRUS", "\u200b", "\uFEFFMMR",
			"MMR\u0000", "ｍｍｒ", "İ", "ß");

	private static final String UNICODE = "aZ09-_.~ é中🙂\u0000\u0001\u007f\u200b\u202e\uFEFF'\"\\$%{}[]<>&;=+#/?,:@!*()|^`";

	private Values() {
	}

	static String id(Choices c) {
		return c.oneOf(new int[] { 70, 30 }, () -> c.of(IDS), () -> odd(c));
	}

	static String odd(Choices c) {
		return c.oneOf(new int[] { 40, 30, 20, 10 }, () -> c.of(ODD), () -> c.text(UNICODE, 24),
				() -> c.text("abcXYZ019", 200), () -> "a".repeat(c.of(1_000, 5_000, 20_000)));
	}

	/** A whole number meant for [min, max]: mostly inside, else at its edges, beyond any integer, or no number. */
	static String number(Choices c, int min, int max) {
		return c.oneOf(new int[] { 60, 20, 20 }, () -> String.valueOf(min + c.below(max - min + 1)),
				() -> String.valueOf(c.of(min - 1, max + 1, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)),
				() -> c.of("", "2147483648", "-9223372036854775809", "99999999999999999999999", "1e3", "1.5", "0x10",
						" 3", "3 ", "+3", "٣", "−1", "3,4", "abc", "true", "NaN"));
	}

	static String date(Choices c) {
		return c.oneOf(new int[] { 60, 40 },
				() -> c.of("2024-03-30", "2021-01-01", "2024-12-31", "1000-01-01", "9999-12-31", "1970-01-01", "2100-06-15"),
				() -> c.of("", "2024-02-30", "2024-13-01", "2023-02-29", "0000-01-01", "0999-12-31", "10000-01-01",
						"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "2024-1-1", "20240330", "2024-03-30T00:00",
						"2024-03-30Z", "2024-W13", "2024", "today", "30/03/2024", "２０２４-03-30"));
	}

	static String flag(Choices c) {
		return c.of("true", "false", "", "TRUE", "1", "yes", "on", "maybe");
	}

	/** One of the values the parameter takes, in any case, or something else. */
	static String option(Choices c, String... options) {
		return c.oneOf(new int[] { 70, 10, 20 }, () -> c.of(options), () -> c.of(options).toUpperCase(),
				() -> c.of("", "both", "all", "0", "null", options[0] + " ", options[0] + "s"));
	}

	/**
	 * A query string from names and values: a parameter is left out, given twice or given empty now and then, and an
	 * unknown one may come along.
	 */
	static String query(Choices c, String... namesAndValues) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String name = namesAndValues[i];
			String pair = name + "=" + encode(namesAndValues[i + 1]);
			switch (c.weighted(85, 8, 4, 3)) {
				case 0 -> pairs.add(pair);
				case 1 -> {
				}
				case 2 -> pairs.addAll(List.of(pair, name + "=" + encode(id(c))));
				default -> pairs.add(name);
			}
		}
		if (c.sometimes(5)) {
			pairs.add(c.of("junk=1", "=x", "&", "a%5Bb%5D=c", "q=%20"));
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A path segment: %-encoded, spaces as %20 (a + in a path is a plus). */
	static String segment(String value) {
		return encode(value).replace("+", "%20");
	}

}
