package org.entente.ingest;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Alliance membership by member, as the two standard datasets publish it, one member's participation in one
 * alliance per row, read as a stream by the columns' public names (a header row; columns Entente does not use are
 * ignored): the Correlates of War Formal Alliances v4.1 ({@code alliance_v4.1_by_member.csv}) and ATOP 5.1
 * ({@code atop5_1m.csv}). Each row is checked; an error is reported with its file, line and column. A valid row
 * whose state has no ISO 3166-1 country is skipped and counted by reason. docs/formats.md maps every column.
 */
final class AllianceMembers {

	/** A dataset's columns: the alliance, the member, its dates of entry and exit, and the obligations. */
	enum Dataset {

		COW("cow", "Correlates of War Formal Alliances v4.1, by member", "Correlates of War Project",
				LocalDate.of(2012, 12, 31), "version4id", "ccode", new String[] { "mem_st_year", "mem_st_month", "mem_st_day" },
				new String[] { "mem_end_year", "mem_end_month", "mem_end_day" },
				Map.of("defense", "defense", "neutrality", "neutrality", "nonaggression", "nonaggression", "entente",
						"consultation")),

		ATOP("atop", "Alliance Treaty Obligations and Provisions (ATOP) 5.1, member level", "ATOP project",
				LocalDate.of(2018, 12, 31), "atopid", "member", new String[] { "yrent", "moent", "dayent" },
				new String[] { "yrexit", "moexit", "dayexit" },
				Map.of("defense", "defense", "offense", "offense", "neutral", "neutrality", "nonagg", "nonaggression",
						"consul", "consultation"));

		final String format;

		final String title;

		final String publisher;

		/** The last day the dataset covers: an alliance with no exit was in force then, as far as it says. */
		final LocalDate coveredTo;

		final String alliance;

		final String member;

		final String[] entry;

		final String[] exit;

		/** Column to obligation code (cypher/reference/weights.cypher), in column order. */
		final Map<String, String> obligations;

		Dataset(String format, String title, String publisher, LocalDate coveredTo, String alliance, String member,
				String[] entry, String[] exit, Map<String, String> obligations) {
			this.format = format;
			this.title = title;
			this.publisher = publisher;
			this.coveredTo = coveredTo;
			this.alliance = alliance;
			this.member = member;
			this.entry = entry;
			this.exit = exit;
			this.obligations = new TreeMap<>(obligations);
		}

		List<String> required() {
			List<String> columns = new ArrayList<>(List.of(this.alliance, this.member));
			columns.addAll(List.of(this.entry));
			columns.addAll(List.of(this.exit));
			columns.addAll(this.obligations.keySet());
			return columns;
		}

	}

	/** A valid row of a member with an ISO country: its participation, from entry to exit (null: still in force). */
	record Member(long line, long alliance, String country, ImpreciseDate entry, ImpreciseDate exit,
			Set<String> obligations) {
	}

	/** What a read found: lines, members, errors (at most {@link GdeltEvents#MAX_ERRORS} listed), skipped rows by reason. */
	record Summary(long lines, long members, long errorCount, List<GdeltEvents.FileError> errors,
			Map<String, Long> skipped) implements InvalidFileException.Checked {
	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(false)
		.setTrim(true)
		.get();

	private final Dataset dataset;

	private final CowCountries countries;

	AllianceMembers(Dataset dataset, CowCountries countries) {
		this.dataset = dataset;
		this.countries = countries;
	}

	/** Reads every row, giving each member with an ISO country to {@code members}, in file order. */
	Summary read(String file, Reader reader, Consumer<Member> members) {
		Tally tally = new Tally(file);
		try (CSVParser csv = CSVParser.parse(withoutByteOrderMark(reader), FORMAT)) {
			Map<String, Integer> header = csv.getHeaderMap();
			List<String> missing = this.dataset.required().stream().filter(c -> !header.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				tally.error(new GdeltEvents.FileError(file, 1, 0, null, "the header lacks " + String.join(", ", missing)
						+ ": a " + this.dataset.title + " file names its columns in its first line"));
				return tally.summary();
			}
			for (CSVRecord row : csv) {
				tally.lines++;
				Member member = member(row, header, tally);
				if (member != null) {
					tally.members++;
					members.accept(member);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// commons-csv: a header it cannot read (a duplicate or empty name), or a quote left open.
			tally.error(new GdeltEvents.FileError(file, tally.lines + 2, 0, null, "cannot be read as CSV: " + ex.getMessage()));
		}
		return tally.summary();
	}

	/** The text after a UTF-8 byte order mark, if it starts with one (as files saved by spreadsheets do). */
	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader in = new PushbackReader(reader);
		int first = in.read();
		if (first != -1 && first != '\uFEFF') {
			in.unread(first);
		}
		return in;
	}

	/** The row's member; null when it has an error (added to the tally) or is skipped (counted). */
	private Member member(CSVRecord row, Map<String, Integer> header, Tally tally) {
		// The header is line 1: a record's line is its number plus one (commons-csv counts records after the header).
		long line = row.getRecordNumber() + 1;
		if (row.size() != header.size()) {
			tally.error(new GdeltEvents.FileError(tally.file, line, Math.min(row.size(), header.size()) + 1, null,
					"the line has " + row.size() + " comma-separated columns; the header names " + header.size()));
			return null;
		}
		long before = tally.errorCount;
		Long alliance = whole(row, header, this.dataset.alliance, line, tally, 1, Long.MAX_VALUE);
		Long ccode = whole(row, header, this.dataset.member, line, tally, 1, 999);
		ImpreciseDate entry = date(row, header, this.dataset.entry, line, tally, false);
		ImpreciseDate exit = date(row, header, this.dataset.exit, line, tally, true);
		Set<String> obligations = new LinkedHashSet<>();
		this.dataset.obligations.forEach((column, code) -> {
			Long flag = whole(row, header, column, line, tally, 0, 1);
			if (flag != null && flag == 1) {
				obligations.add(code);
			}
		});
		if (entry != null && exit != null && exit.to().isBefore(entry.from())) {
			tally.error(error(tally.file, line, header, this.dataset.exit[0], "the exit (" + exit.edtf()
					+ ") is before the entry (" + entry.edtf() + ")"));
		}
		if (tally.errorCount > before) {
			return null;
		}
		CameoCountries.Mapped country = this.countries.map(Math.toIntExact(ccode));
		if (country.iso3() == null) {
			tally.skipped.merge(this.dataset.member + ": " + country.skipped(), 1L, Long::sum);
			return null;
		}
		return new Member(line, alliance, country.iso3(), entry, exit, obligations);
	}

	private static Long whole(CSVRecord row, Map<String, Integer> header, String column, long line, Tally tally,
			long least, long most) {
		String value = row.get(column);
		try {
			long number = Long.parseLong(value);
			if (number >= least && number <= most) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		tally.error(error(tally.file, line, header, column, "'" + value + "' is not a whole number from " + least
				+ " to " + most));
		return null;
	}

	/**
	 * A date in three columns (year, month, day), as precise as they give it: a month or day that is 0 or empty is
	 * not known. An exit with no year (empty, or 0 as ATOP writes it) is none: the member had not left when the
	 * dataset ends. Null when there is none or it has an error (added to the tally).
	 */
	private static ImpreciseDate date(CSVRecord row, Map<String, Integer> header, String[] columns, long line,
			Tally tally, boolean exit) {
		String year = row.get(columns[0]);
		if (exit && (year.isEmpty() || year.equals("0"))) {
			return null;
		}
		Long y = whole(row, header, columns[0], line, tally, 1600, 2100);
		Long m = orZero(row, header, columns[1], line, tally, 12);
		Long d = orZero(row, header, columns[2], line, tally, 31);
		if (y == null || m == null || d == null) {
			return null;
		}
		try {
			if (m == 0) {
				return new ImpreciseDate(Long.toString(y), LocalDate.of(y.intValue(), 1, 1), LocalDate.of(y.intValue(), 12, 31), "year");
			}
			YearMonth month = YearMonth.of(y.intValue(), m.intValue());
			if (d == 0) {
				return new ImpreciseDate(month.toString(), month.atDay(1), month.atEndOfMonth(), "month");
			}
			LocalDate day = month.atDay(d.intValue());
			return new ImpreciseDate(day.toString(), day, day, "day");
		}
		catch (DateTimeException ex) {
			tally.error(error(tally.file, line, header, columns[2], "'" + row.get(columns[2]) + "' is not a day of "
					+ y + "-" + String.format("%02d", m)));
			return null;
		}
	}

	private static Long orZero(CSVRecord row, Map<String, Integer> header, String column, long line, Tally tally, long most) {
		return row.get(column).isEmpty() ? Long.valueOf(0) : whole(row, header, column, line, tally, 0, most);
	}

	private static GdeltEvents.FileError error(String file, long line, Map<String, Integer> header, String column,
			String reason) {
		return new GdeltEvents.FileError(file, line, header.get(column) + 1, column, reason);
	}

	private static final class Tally {

		final String file;

		long lines;

		long members;

		long errorCount;

		final List<GdeltEvents.FileError> errors = new ArrayList<>();

		final Map<String, Long> skipped = new TreeMap<>();

		Tally(String file) {
			this.file = file;
		}

		void error(GdeltEvents.FileError error) {
			this.errorCount++;
			if (this.errors.size() < GdeltEvents.MAX_ERRORS) {
				this.errors.add(error);
			}
		}

		Summary summary() {
			return new Summary(this.lines, this.members, this.errorCount, List.copyOf(this.errors),
					new LinkedHashMap<>(this.skipped));
		}

	}

}
