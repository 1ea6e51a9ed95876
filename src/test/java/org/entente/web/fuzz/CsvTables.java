package org.entente.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * CSV tables for {@code POST /api/dossiers} (text/csv) that are invalid by construction: a valid table of each kind
 * with one or two cells made wrong, and now and then its layout broken on top.
 */
final class CsvTables {

	private static final String SOURCE = "src-fuzz-csv,Fuzz test table,2024-04-02";

	private record Table(List<String> header, List<String> row, Map<String, List<String>> wrong) {
	}

	private static final List<Table> TABLES = List.of(
			new Table(List.of("sourceId", "sourceTitle", "sourceDate", "iso3", "iso2", "name", "aliases", "cowCode"),
					List.of(SOURCE.split(",")[0], "Fuzz test table", "2024-04-02", "XFZ", "XF", "Fuzzland", "Fuzzia;Fuzzonia", "999"),
					Map.of("iso3", List.of("MM", "mmr", "", "MMRX", "MMR"), "iso2", List.of("MM", "", "X"), "name", List.of(""),
							"cowCode", List.of("x", "1e400", "99999999999999999999", "-"), "sourceDate",
							List.of("2024-02-30", "", "+999999999-12-31", "2999-01-01"))),
			new Table(List.of("sourceId", "sourceTitle", "sourceDate", "giver", "recipient", "honors", "date", "count",
					"countQualifier"),
					List.of("src-fuzz-csv", "Fuzz test table", "2024-04-02", "MMR", "off-soe-win", "hon-rus-honor-soe-win",
							"2024-03-28", "1", "exactly"),
					Map.of("giver", List.of("off-fuzz-nobody", ""), "date", List.of("2024-02-30", "2024-04-03", "", "0999"),
							"count", List.of("0", "-1", "9007199254740992", "many", "1.5", "1e400"), "honors", List.of("", ";;"),
							"countQualifier", List.of("roughly"), "sourceId", List.of(""))),
			new Table(List.of("sourceId", "sourceTitle", "sourceDate", "cameo", "actors", "date", "targets", "joint"),
					List.of("src-fuzz-csv", "Fuzz test table", "2024-04-02", "0312", "MMR;RUS", "2024-03", "", "true"),
					Map.of("cameo", List.of("999", "abc", ""), "actors", List.of("", "off-fuzz-nobody", ";"), "date",
							List.of("2024-13", "2024-03/2023-01", ""), "joint", List.of("perhaps"))));

	private CsvTables() {
	}

	static String any(Choices c) {
		Table table = c.of(TABLES);
		List<String> header = new ArrayList<>(table.header());
		List<String> row = new ArrayList<>(table.row());
		List<String> columns = List.copyOf(new TreeSet<>(table.wrong().keySet()));
		for (int n = 1 + c.below(2); n > 0; n--) {
			String column = c.of(columns);
			row.set(header.indexOf(column), c.of(table.wrong().get(column)));
		}
		switch (c.weighted(70, 6, 6, 6, 6, 6)) {
			case 1 -> {
				header.add("target");
				row.add("MMR");
			}
			case 2 -> row.remove(row.size() - 1);
			case 3 -> row.add("extra");
			case 4 -> row.set(c.below(row.size()), "\"unclosed");
			case 5 -> row.set(c.below(row.size()), "a\"b");
			default -> {
			}
		}
		String text = String.join(",", header) + "\n" + String.join(",", row.stream().map(CsvTables::cell).toList()) + "\n";
		return switch (c.weighted(85, 5, 5, 5)) {
			case 1 -> "\uFEFF" + text;
			case 2 -> text.replace("\n", "\r\n") + "\r\n\r\n";
			case 3 -> text + text.substring(text.indexOf('\n') + 1);
			default -> text;
		};
	}

	/** Quoted when it holds a comma, so that it stays one cell; a broken quote is left as it is. */
	private static String cell(String value) {
		return value.contains(",") ? "\"" + value + "\"" : value;
	}

}
