package org.entente.ingest;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic synthetic GDELT 2.0 Events export, for the benchmark: {@code lines} lines of 61 columns over the
 * real ISO countries, a few hubs taking most of the lines, two years of days, real CAMEO codes. About one line in
 * ten tells again an event of the same day (as GDELT's do), one in ten is domestic and one in twenty names a
 * region or no country, so the importer's merging and skipping run at their usual share.
 */
final class SyntheticGdelt {

	private static final String[] CODES = { "010", "020", "036", "040", "042", "043", "046", "051", "057", "061",
			"062", "070", "071", "090", "111", "112", "120", "130", "138", "160", "172", "173", "190", "193", "195" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	private final long lines;

	private final Random random;

	private final List<String> countries;

	SyntheticGdelt(long lines, long seed, List<String> countries) {
		this.lines = lines;
		this.random = new Random(seed);
		this.countries = new ArrayList<>(countries);
		Collections.shuffle(this.countries, this.random);
	}

	void write(Writer out) throws IOException {
		String[] last = null;
		for (long line = 1; line <= this.lines; line++) {
			String[] row = (last != null && this.random.nextInt(10) == 0) ? again(last, line) : row(line);
			out.write(String.join("\t", row));
			out.write('\n');
			last = row;
		}
	}

	private String[] row(long line) {
		String[] row = new String[GdeltEvents.COLUMNS.size()];
		Arrays.fill(row, "");
		LocalDate day = FIRST_DAY.plusDays(this.random.nextInt(730));
		String a = country();
		int kind = this.random.nextInt(20);
		String b = (kind < 2) ? a : (kind == 2) ? "EUR" : (kind == 3) ? "" : country();
		String code = CODES[this.random.nextInt(CODES.length)];
		set(row, "GLOBALEVENTID", Long.toString(1_000_000_000L + line));
		set(row, "SQLDATE", day.toString().replace("-", ""));
		set(row, "MonthYear", day.toString().substring(0, 7).replace("-", ""));
		set(row, "Year", Integer.toString(day.getYear()));
		set(row, "FractionDate", String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
		set(row, "Actor1Code", a);
		set(row, "Actor1CountryCode", a);
		set(row, "Actor2Code", b);
		set(row, "Actor2CountryCode", b);
		set(row, "IsRootEvent", "1");
		set(row, "EventCode", code);
		set(row, "EventBaseCode", code.substring(0, 3));
		set(row, "EventRootCode", code.substring(0, 2));
		set(row, "QuadClass", "1");
		set(row, "GoldsteinScale", "0.0");
		set(row, "NumMentions", Integer.toString(1 + this.random.nextInt(20)));
		set(row, "NumSources", Integer.toString(1 + this.random.nextInt(3)));
		set(row, "NumArticles", Integer.toString(1 + this.random.nextInt(10)));
		set(row, "AvgTone", "0.0");
		set(row, "Actor1Geo_Type", "0");
		set(row, "Actor2Geo_Type", "0");
		set(row, "ActionGeo_Type", "0");
		set(row, "DATEADDED", day.toString().replace("-", "") + "120000");
		set(row, "SOURCEURL", "https://news.example.com/synthetic/" + line);
		return row;
	}

	/** The same event as the line before, told by another line. */
	private static String[] again(String[] last, long line) {
		String[] row = last.clone();
		set(row, "GLOBALEVENTID", Long.toString(1_000_000_000L + line));
		set(row, "SOURCEURL", "https://news.example.com/synthetic/" + line);
		return row;
	}

	/** A country, the first few (hubs) far more often than the rest. */
	private String country() {
		int n = this.countries.size();
		int index = (int) Math.min(n - 1, Math.floor(Math.pow(this.random.nextDouble(), 3) * n));
		return this.countries.get(index);
	}

	private static void set(String[] row, String column, String value) {
		row[GdeltEvents.COLUMNS.indexOf(column)] = value;
	}

}
