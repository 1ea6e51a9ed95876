package org.entente.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * CAMEO actor country codes as ISO 3166-1 alpha-3 countries. Most CAMEO codes are the ISO code; the exceptions
 * (older ISO codes, territories, regions and cities) are in {@code cypher/reference/cameo-countries.csv}, each with
 * its reason, and documented in cypher/reference/COUNTRIES.md. A code that is neither is not guessed: the row is
 * skipped.
 */
final class CameoCountries {

	private static final String FILE = "cypher/reference/cameo-countries.csv";

	/** The country a code stands for, or why it stands for none. */
	record Mapped(String iso3, String skipped) {
	}

	private final Map<String, Mapped> exceptions;

	private final Set<String> isoCountries;

	/** @param isoCountries the ISO 3166-1 alpha-3 codes of the reference countries in the graph */
	CameoCountries(Set<String> isoCountries) {
		this.isoCountries = isoCountries;
		this.exceptions = exceptions();
	}

	/** @param cameo a CAMEO country code, three letters; empty when the row gives none */
	Mapped map(String cameo) {
		if (cameo.isEmpty()) {
			return new Mapped(null, "no country code");
		}
		Mapped exception = this.exceptions.get(cameo);
		if (exception != null) {
			return exception;
		}
		return this.isoCountries.contains(cameo) ? new Mapped(cameo, null)
				: new Mapped(null, "not an ISO 3166-1 country");
	}

	private static Map<String, Mapped> exceptions() {
		Map<String, Mapped> exceptions = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.parse(reader, format)) {
			for (CSVRecord row : csv) {
				String iso3 = row.get("iso3");
				exceptions.put(row.get("cameo"), iso3.isEmpty() ? new Mapped(null, "not a country (" + row.get("reason") + ")")
						: new Mapped(iso3, null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CAMEO country table " + FILE + " ships with the app", ex);
		}
		return exceptions;
	}

}
