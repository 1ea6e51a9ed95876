package org.entente.ingest;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The common tables as CSV, turned into dossiers: one dossier per source, so every row keeps its provenance. Each
 * row names its source ({@code sourceId}, {@code sourceTitle}, {@code sourceDate}, optional {@code sourceUrl} and
 * {@code sourcePublisher}); list cells ({@code honors}, {@code actors}, {@code targets}, {@code aliases}) separate
 * values with {@code ;}. The kind of table is told by its columns:
 * <ul>
 * <li>countries: {@code iso3, iso2, name} and optional {@code aliases, wikidata, cowCode, cowAbbrev};</li>
 * <li>conferrals: {@code giver, recipient, honors, date} and optional {@code id, count, countQualifier, status,
 * summary, quote};</li>
 * <li>engagements: {@code cameo, actors, date} and optional {@code id, targets, joint, count, countQualifier,
 * status, summary, quote}.</li>
 * </ul>
 * The dossiers are then checked and imported like any other; the i-th fact or entity of a source is that source's
 * i-th row in the file.
 */
final class CsvDossiers {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

	private static final Set<String> LISTS = Set.of("honors", "actors", "targets", "aliases");

	private static final Set<String> NUMBERS = Set.of("count", "cowCode");

	private static final Set<String> BOOLEANS = Set.of("joint");

	private final JsonMapper json;

	CsvDossiers(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param reader the CSV text, with a header row
	 * @return the dossiers, by source id, in the order sources first appear
	 * @throws IllegalArgumentException when the header fits no known table
	 */
	Map<String, ObjectNode> read(Reader reader) throws IOException {
		Map<String, ObjectNode> bySource = new LinkedHashMap<>();
		try (CSVParser csv = CSVParser.parse(reader, FORMAT)) {
			List<String> header = csv.getHeaderNames();
			String kind = kind(header);
			for (CSVRecord row : csv) {
				ObjectNode dossier = bySource.computeIfAbsent(row.get("sourceId"), id -> dossier(row));
				ObjectNode item = this.json.createObjectNode();
				item.put("type", kind);
				for (String column : header) {
					String value = row.get(column);
					if (column.startsWith("source") || value == null || value.isEmpty()) {
						continue;
					}
					if (LISTS.contains(column)) {
						var array = item.putArray(column);
						Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).forEach(array::add);
					}
					else if (NUMBERS.contains(column) && value.matches("-?\\d+")) {
						// As written, however large: the schema says which numbers fit.
						item.put(column, new BigInteger(value));
					}
					// Anything but true or false is left as written, for the schema to refuse.
					else if (BOOLEANS.contains(column) && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
						item.put(column, Boolean.parseBoolean(value));
					}
					else {
						item.put(column, value);
					}
				}
				dossier.withArray(kind.equals("Country") ? "entities" : "facts").add(item);
			}
		}
		return bySource;
	}

	private static String kind(List<String> header) {
		if (!header.containsAll(List.of("sourceId", "sourceTitle", "sourceDate"))) {
			throw new IllegalArgumentException("Every row needs its source: columns sourceId, sourceTitle, sourceDate");
		}
		if (header.containsAll(List.of("iso3", "iso2", "name"))) {
			return "Country";
		}
		if (header.containsAll(List.of("giver", "recipient", "honors", "date"))) {
			return "Conferral";
		}
		if (header.containsAll(List.of("cameo", "actors", "date"))) {
			return "Engagement";
		}
		throw new IllegalArgumentException("The columns " + header
				+ " fit no table: countries (iso3, iso2, name), conferrals (giver, recipient, honors, date) or"
				+ " engagements (cameo, actors, date), each with sourceId, sourceTitle and sourceDate");
	}

	private ObjectNode dossier(CSVRecord row) {
		ObjectNode dossier = this.json.createObjectNode().put("dossierVersion", "1");
		ObjectNode source = dossier.putObject("source")
			.put("id", row.get("sourceId"))
			.put("title", row.get("sourceTitle"))
			.put("date", row.get("sourceDate"));
		for (String optional : List.of("sourceUrl", "sourcePublisher")) {
			if (row.isMapped(optional) && !row.get(optional).isEmpty()) {
				source.put(optional.substring(6).toLowerCase(), row.get(optional));
			}
		}
		dossier.putArray("entities");
		dossier.putArray("facts");
		return dossier;
	}

}
