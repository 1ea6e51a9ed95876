package org.entente.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * Correlates of War state codes (ccode, as COW and ATOP give them) as ISO 3166-1 alpha-3 countries, through one
 * table, {@code cypher/reference/cow-countries.csv}: the COW state list with each state's ISO country, and the
 * reason where the two are not simply the same (a state COW carries on through a change of name or borders, a
 * historical state with no ISO country). A code that is not in it, or has no ISO country, is not guessed: the row
 * is skipped and counted. cypher/reference/COUNTRIES.md documents it.
 */
final class CowCountries {

	private static final String FILE = "cypher/reference/cow-countries.csv";

	private final Map<Integer, CameoCountries.Mapped> states = new HashMap<>();

	CowCountries() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.parse(reader, format)) {
			for (CSVRecord row : csv) {
				String iso3 = row.get("iso3");
				this.states.put(Integer.valueOf(row.get("ccode")), iso3.isEmpty()
						? new CameoCountries.Mapped(null, "ccode " + row.get("ccode") + " (" + row.get("stateabb")
								+ "): no ISO 3166-1 country (" + row.get("reason") + ")")
						: new CameoCountries.Mapped(iso3, null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The COW state table " + FILE + " ships with the app", ex);
		}
	}

	/** The ISO country of a COW state code, or why there is none. */
	CameoCountries.Mapped map(int ccode) {
		CameoCountries.Mapped state = this.states.get(ccode);
		return (state != null) ? state : new CameoCountries.Mapped(null, "ccode " + ccode + ": not in the COW state list");
	}

}
