package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.FixtureTest;
import org.entente.GraphFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail: every import recorded, listed, and retracted exactly. */
class ImportAuditTests extends FixtureTest {

	private static final String COUNTRIES = """
			[{"type": "Country", "id": "XRA", "iso2": "QR", "name": "Fictional XRA"},
			 {"type": "Country", "id": "XRB", "iso2": "QS", "name": "Fictional XRB"},
			 {"type": "Military", "id": "mil-xra", "name": "Forces of XRA", "country": "XRA"},
			 {"type": "Military", "id": "mil-xrb", "name": "Forces of XRB", "country": "XRB"}]""";

	private static final String EXERCISE = """
			[{"type": "Engagement", "id": "eng-xra-xrb-exercise", "cameo": "062", "actors": ["mil-xra", "mil-xrb"],
			  "joint": true, "date": "2024-03-02"}]""";

	/** A command of its own per run, as main makes one: its exit code is its own. */
	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	JsonMapper json;

	@TempDir
	Path dir;

	@Test
	void anImportIsListedWithItsUserHashAndCounts() {
		String body = dossier("src-audit-listed", COUNTRIES.replace("XR", "XL").replace("xr", "xl").replace("QR", "QL")
			.replace("QS", "QM"), "[]");
		Response response = send("POST", "/api/dossiers?file=listed.json", with(AS_EDITOR, "Content-Type", "application/json"), body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);

		Response list = get("/api/imports?limit=1");

		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(list.<String>json("$[0].user")).isEqualTo("editor");
		assertThat(list.<String>json("$[0].kind")).isEqualTo("dossier");
		assertThat(list.<String>json("$[0].file")).isEqualTo("listed.json");
		assertThat(list.<String>json("$[0].sha256")).isEqualTo(ImportOrigin.sha256(this.json.readTree(body).toString()));
		assertThat(list.<Integer>json("$[0].entitiesCreated")).isEqualTo(4);
		assertThat(list.<Integer>json("$[0].sourcesCreated")).isEqualTo(1);
		assertThat(list.<Integer>json("$[0].factsCreated")).isZero();
		String id = list.json("$[0].id");
		assertThat(get("/api/imports/" + id).<String>json("$.id")).isEqualTo(id);
		assertThat(get("/api/imports/imp-none").status()).isEqualTo(404);
		assertThat(get("/api/imports?limit=501").status()).isEqualTo(400);
	}

	@Test
	void retractionBringsTheGraphBackToItsFingerprintRollupsIncluded() {
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		String id = imported(dossier("src-audit-undone", COUNTRIES, EXERCISE));
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isNotEqualTo(before);
		assertThat(get("/api/cooperation?a=XRA&b=XRB&asOf=2024-04-01").<Double>json("$.score")).isPositive();

		Response retracted = send("DELETE", "/api/imports/" + id, AS_EDITOR);

		assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
		assertThat(retracted.<String>json("$.retractedBy")).isEqualTo("editor");
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
		Response again = send("DELETE", "/api/imports/" + id, AS_EDITOR);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(send("DELETE", "/api/imports/imp-none", AS_EDITOR).status()).isEqualTo(404);
	}

	@Test
	void aFactSharedWithAnEarlierImportStaysAndLosesOnlyTheRetractedReport() {
		String countries = COUNTRIES.replace("XR", "XS").replace("xr", "xs").replace("QR", "QT").replace("QS", "QY");
		String exercise = EXERCISE.replace("xr", "xs").replace("XR", "XS");
		imported(dossier("src-audit-first", countries, exercise));
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		String score = get("/api/cooperation?a=XSA&b=XSB&asOf=2024-03-02").body();
		String second = imported(dossier("src-audit-second", "[]", exercise.replace("eng-xs", "eng-second-xs")));
		assertThat(sources("eng-xsa-xsb-exercise")).containsExactlyInAnyOrder("src-audit-first", "src-audit-second");

		assertThat(send("DELETE", "/api/imports/" + second, AS_EDITOR).status()).isEqualTo(200);

		assertThat(sources("eng-xsa-xsb-exercise")).containsExactly("src-audit-first");
		// Exact but for the rollups' day lists, which are append-only: the report's entry and its retraction stay
		// listed, and sum to nothing (see docs/graph-model.md).
		assertThat(withoutDayLists(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING))).isEqualTo(withoutDayLists(before));
		assertThat(get("/api/cooperation?a=XSA&b=XSB&asOf=2024-03-02").body()).isEqualTo(score);
	}

	@Test
	void aReaderCannotRetract() {
		String id = imported(dossier("src-audit-reader", COUNTRIES.replace("XR", "XT").replace("xr", "xt")
			.replace("QR", "QZ").replace("QS", "XZ"), "[]"));

		Response response = send("DELETE", "/api/imports/" + id, AS_READER);

		assertThat(response.status()).isEqualTo(403);
		assertThat(get("/api/imports/" + id).<String>json("$.retractedAt")).isNull();
	}

	@Test
	void theCommandLineImportIsRecorded() throws Exception {
		Path file = this.dir.resolve("cli-audit.json");
		String text = dossier("src-audit-cli", COUNTRIES.replace("XR", "XU").replace("xr", "xu").replace("QR", "QK")
			.replace("QS", "QJ"), "[]");
		Files.writeString(file, text);
		ImportCommand command = this.beans.createBean(ImportCommand.class);

		command.run(new DefaultApplicationArguments("import", file.toString()));

		assertThat(command.getExitCode()).isZero();
		Response list = get("/api/imports?limit=1");
		assertThat(list.<String>json("$[0].user")).isEqualTo("cli:" + System.getProperty("user.name"));
		assertThat(list.<String>json("$[0].file")).isEqualTo("cli-audit.json");
		assertThat(list.<String>json("$[0].sha256")).isEqualTo(ImportOrigin.sha256(text));
	}

	private String imported(String dossier) {
		Response response = send("POST", "/api/dossiers", with(AS_EDITOR, "Content-Type", "application/json"), dossier);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return get("/api/imports?limit=1").json("$[0].id");
	}

	private List<String> sources(String fact) {
		return this.driver.executableQuery("MATCH (:Fact {id: $id})-[:REPORTED_IN]->(s:Source) RETURN s.id AS id")
			.withParameters(Map.of("id", fact)).execute().records().stream().map(r -> r.get("id").asString()).toList();
	}

	private static String dossier(String sourceId, String entities, String facts) {
		return """
				{"dossierVersion": "2", "source": {"id": "%s", "title": "%s", "date": "2024-04-02"},
				 "entities": %s, "facts": %s}""".formatted(sourceId, sourceId, entities, facts);
	}

	private static List<String> withoutDayLists(List<String> lines) {
		return lines.stream().map(line -> line.replaceAll("dayValues=\\[[^]]*], days=\\[[^]]*], ", "")).toList();
	}


}
