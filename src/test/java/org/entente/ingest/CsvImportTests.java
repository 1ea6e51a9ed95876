package org.entente.ingest;

import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The common tables as CSV: one dossier per source, checked and imported like JSON dossiers. */
class CsvImportTests extends FixtureTest {

	@Test
	void aConferralTableImportsAfterItsDossier() throws Exception {
		post("/api/dossiers", Files.readString(Path.of("dossiers/examples/fictional-exchange.json")));

		Response response = postCsv(Files.readString(Path.of("dossiers/examples/fictional-conferrals.csv")));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$[0].facts")).isEqualTo(1);
		assertThat(this.driver.executableQuery("""
				MATCH (:Country {id: 'XEY'})-[:CONFERRED]->(f:Conferral {id: 'cnf-example-csv-1'})-[:AWARDED_TO]->(:Official)
				RETURN f.dateFrom AS from, f.dateTo AS to""").execute().records().get(0).get("to").asLocalDate())
			.hasToString("2024-03-31");
	}

	@Test
	void rowErrorsArePointedAtBySourceAndRow() {
		Response response = postCsv("""
				sourceId,sourceTitle,sourceDate,cameo,actors,date
				src-csv-test,A test table,2024-04-02,062,mil-xaa;mil-xbb,2024-04-01
				src-csv-test,A test table,2024-04-02,9999,mil-xaa,2024-02-30
				""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].pointer")).contains("[src-csv-test]/facts/1/cameo",
				"[src-csv-test]/facts/1/date");
	}

	@Test
	void aTableWithoutSourcesIsRefused() {
		Response response = postCsv("cameo,actors,date\n062,mil-xaa,2024-04-01\n");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.errors[0].reason")).contains("sourceId");
	}

	private Response postCsv(String csv) {
		return send("POST", "/api/dossiers", with(AS_EDITOR, "Content-Type", "text/csv"), csv);
	}

}
