package org.entente.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The GDELT 2.0 Events export (the GDELT Event Codebook V2.0): one event per line, 61 tab-separated columns, no
 * header, read as a stream with commons-csv. Each line is checked; a line with an error is reported with its file,
 * line and column. A valid line whose two actors are not two different ISO 3166-1 countries is skipped and counted
 * by reason. docs/formats.md maps every column.
 */
final class GdeltEvents {

	/** The columns of the export, in order, as the codebook names them. */
	static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
			"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
			"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
			"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
			"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
			"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
			"NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
			"Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
			"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
			"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
			"ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
			"ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

	/** At most this many errors are listed; the count says how many there are. */
	static final int MAX_ERRORS = 100;

	// No quoting: GDELT escapes nothing, and a quote in a name or URL is part of it. Empty lines are kept, so that
	// a record's number is its line number (an empty line is an error of its own).
	private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
		.setQuote(null)
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(false)
		.setTrim(false)
		.get();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int ID = 0, DATE = 1, ACTOR1 = 7, ACTOR2 = 17, CODE = 26, GOLDSTEIN = 30, SOURCES = 32,
			ARTICLES = 33, DATEADDED = 59, URL = 60;

	/** A valid line between two countries: what Entente keeps of it. */
	record Event(long line, long id, LocalDate date, String actor1, String actor2, String cameo, double goldstein,
			int sources, int articles, LocalDate added, String url) {

		/** One event told in several lines: the same day, the same two countries in order, the same CAMEO root. */
		String sameEventKey() {
			return this.date + "|" + this.actor1 + "|" + this.actor2 + "|" + this.cameo.substring(0, 2);
		}

	}

	/** An error at a line and column (1-based) of the file, with the column's codebook name. */
	record FileError(String file, long line, int column, String field, String reason) {
	}

	/** What a read found: lines, errors (at most {@link #MAX_ERRORS} listed), skipped lines by reason. */
	record Summary(long lines, long events, long errorCount, List<FileError> errors, Map<String, Long> skipped,
			LocalDate lastAdded) implements InvalidFileException.Checked {
	}

	private final CameoCountries countries;

	private final Set<String> eventTypes;

	GdeltEvents(CameoCountries countries, Set<String> eventTypes) {
		this.countries = countries;
		this.eventTypes = eventTypes;
	}

	/** Reads every line, giving each event between two countries to {@code events}, in file order. */
	Summary read(String file, Reader reader, Consumer<Event> events) {
		Tally tally = new Tally(file);
		try (CSVParser csv = CSVParser.parse(reader, FORMAT)) {
			for (CSVRecord row : csv) {
				tally.lines++;
				Event event = event(row, tally);
				if (event != null) {
					tally.events++;
					if (tally.lastAdded == null || event.added().isAfter(tally.lastAdded)) {
						tally.lastAdded = event.added();
					}
					events.accept(event);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Summary(tally.lines, tally.events, tally.errorCount, List.copyOf(tally.errors), tally.skipped,
				tally.lastAdded);
	}

	/** The line's event; null when it has an error (added to the tally) or is skipped (counted). */
	private Event event(CSVRecord row, Tally tally) {
		long line = row.getRecordNumber();
		if (row.size() != COLUMNS.size()) {
			tally.error(new FileError(tally.file, line, Math.min(row.size(), COLUMNS.size()) + 1, null, "the line has "
					+ row.size() + " tab-separated columns; a GDELT 2.0 event has " + COLUMNS.size()));
			return null;
		}
		long errorsBefore = tally.errorCount;
		Long id = whole(row, ID, line, tally, 1);
		LocalDate date = date(row, DATE, DAY, line, tally);
		String cameo = row.get(CODE);
		if (!this.eventTypes.contains(cameo)) {
			tally.error(error(tally.file, line, CODE, "'" + cameo + "' is not a CAMEO event code"));
		}
		Double goldstein = goldstein(row, line, tally);
		Long sources = whole(row, SOURCES, line, tally, 0);
		Long articles = whole(row, ARTICLES, line, tally, 0);
		LocalDate added = date(row, DATEADDED, ADDED, line, tally);
		String actor1 = countryCode(row, ACTOR1, line, tally);
		String actor2 = countryCode(row, ACTOR2, line, tally);
		if (tally.errorCount > errorsBefore) {
			return null;
		}
		CameoCountries.Mapped from = this.countries.map(actor1);
		CameoCountries.Mapped to = this.countries.map(actor2);
		String skipped = (from.iso3() == null) ? COLUMNS.get(ACTOR1) + ": " + from.skipped()
				: (to.iso3() == null) ? COLUMNS.get(ACTOR2) + ": " + to.skipped()
				: from.iso3().equals(to.iso3()) ? "the same country on both sides" : null;
		if (skipped != null) {
			tally.skipped.merge(skipped, 1L, Long::sum);
			return null;
		}
		String url = row.get(URL).isEmpty() ? null : row.get(URL);
		return new Event(line, id, date, from.iso3(), to.iso3(), cameo, goldstein, Math.toIntExact(sources),
				Math.toIntExact(articles), added, url);
	}

	private Long whole(CSVRecord row, int column, long line, Tally tally, long least) {
		String value = row.get(column);
		try {
			long number = Long.parseLong(value);
			if (number >= least && (column == ID || number <= Integer.MAX_VALUE)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		tally.error(error(tally.file, line, column, "'" + value + "' is not a whole number of at least " + least));
		return null;
	}

	private LocalDate date(CSVRecord row, int column, DateTimeFormatter format, long line, Tally tally) {
		String value = row.get(column);
		try {
			return (format == DAY) ? LocalDate.parse(value, format) : LocalDateTime.parse(value, format).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			tally.error(error(tally.file, line, column, "'" + value + "' is not a real date as " + (format == DAY ? "YYYYMMDD" : "YYYYMMDDHHMMSS")));
			return null;
		}
	}

	private Double goldstein(CSVRecord row, long line, Tally tally) {
		String value = row.get(GOLDSTEIN);
		try {
			double number = Double.parseDouble(value);
			if (number >= -10 && number <= 10) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		tally.error(error(tally.file, line, GOLDSTEIN, "'" + value + "' is not a Goldstein scale value (-10 to +10)"));
		return null;
	}

	private String countryCode(CSVRecord row, int column, long line, Tally tally) {
		String value = row.get(column);
		if (!value.isEmpty() && !value.matches("[A-Z]{3}")) {
			tally.error(error(tally.file, line, column, "'" + value + "' is not a CAMEO country code (three capital letters, or empty)"));
		}
		return value;
	}

	private static FileError error(String file, long line, int column, String reason) {
		return new FileError(file, line, column + 1, COLUMNS.get(column), reason);
	}

	private static final class Tally {

		final String file;

		long lines;

		long events;

		long errorCount;

		final List<FileError> errors = new ArrayList<>();

		final Map<String, Long> skipped = new TreeMap<>();

		LocalDate lastAdded;

		Tally(String file) {
			this.file = file;
		}

		void error(FileError error) {
			this.errorCount++;
			if (this.errors.size() < MAX_ERRORS) {
				this.errors.add(error);
			}
		}

	}

}
