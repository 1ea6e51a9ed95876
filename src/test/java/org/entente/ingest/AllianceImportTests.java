package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.FixtureTest;
import org.entente.GraphFingerprint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Alliances in: the COW and ATOP samples end to end (scores and evidence of the standing ties, a member's exit, a
 * historical state skipped), a file with bad rows, a repeated import. Each test retracts what it imported, so the
 * shared fixture stays as it was.
 */
class AllianceImportTests extends FixtureTest {

	private static final Path COW = Path.of("dossiers/samples/cow-alliance-by-member.csv");

	private static final Path ATOP = Path.of("dossiers/samples/atop5_1m.csv");

	/** A defence pact in force: its weight (+8.5) at the standing scale (6.29), MODEL.md. */
	private static final double DEFENCE = 8.5 * 6.29;

	/** A command of its own per run, as main makes one: its exit code is its own. */
	@Autowired
	AutowireCapableBeanFactory beans;

	@Test
	void theCowSampleBecomesStandingTiesOnceHoweverOftenItIsImported() throws Exception {
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		Response response = postFile("cow", "cow-alliance-by-member.csv", Files.readString(COW));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$.lines")).isEqualTo(10);
		assertThat(response.<Integer>json("$.members")).isEqualTo(9);
		assertThat(response.<Integer>json("$.alliances")).isEqualTo(2);
		assertThat(response.<Integer>json("$.memberships")).isEqualTo(9);
		assertThat(response.<Map<String, Integer>>json("$.skipped")).containsOnly(Map.entry(
				"ccode: ccode 260 (GFR): no ISO 3166-1 country (a historical state with no ISO 3166-1 country: German "
						+ "Federal Republic (West Germany, 1955-1990))", 1));
		// Still in force when COW ends (no exit): a defence pact, standing, traced to the file and its line.
		Response pact = get("/api/cooperation?a=USA&b=CAN&asOf=2012-06-30&evidence=true");
		assertThat(pact.status()).as(pact.body()).isEqualTo(200);
		assertThat(pact.<Double>json("$.score")).isCloseTo(DEFENCE, within(1e-9));
		assertThat(pact.<List<String>>json("$.evidence[*].kind")).containsExactly("alliance");
		assertThat(pact.<List<String>>json("$.evidence[0].sourceIds")).singleElement().asString().startsWith("src-cow-");
		var tie = this.driver.executableQuery("""
				MATCH (:Country {id: 'CAN'})-[m:MEMBER_OF]->(a:Alliance {id: 'all-cow-9001'})
				RETURN m.line AS line, m.start AS start, m.end AS end, a.obligations AS obligations""").execute().records().get(0);
		assertThat(tie.get("line").asLong()).isEqualTo(3);
		assertThat(tie.get("start").asString()).isEqualTo("1949-08-24");
		assertThat(tie.get("end").isNull()).isTrue();
		assertThat(tie.get("obligations").asList(v -> v.asString())).containsExactly("consultation", "defense", "nonaggression");
		// West Germany is no ISO country and is skipped; Germany is a member from 1990 on.
		assertThat(get("/api/cooperation?a=USA&b=DEU&asOf=1985-01-01").<Double>json("$.score")).isZero();
		assertThat(get("/api/cooperation?a=USA&b=DEU&asOf=2000-01-01").<Double>json("$.score")).isCloseTo(DEFENCE, within(1e-9));
		// Iraq left the entente in 1959: its tie with Turkey ends there and decays, a half-life later at half.
		double entente = 4.0 * 6.29;
		assertThat(get("/api/cooperation?a=IRQ&b=TUR&asOf=1958-06-01").<Double>json("$.score")).isCloseTo(entente, within(1e-9));
		assertThat(get("/api/cooperation?a=IRQ&b=TUR&asOf=1960-03-23").<Double>json("$.score")).isCloseTo(entente / 2, within(0.1));
		// Pakistan's entry is known to the month: in force from its last possible day.
		assertThat(get("/api/cooperation?a=PAK&b=TUR&asOf=1955-09-15").<Double>json("$.score")).isZero();
		assertThat(get("/api/cooperation?a=PAK&b=TUR&asOf=1955-10-01").<Double>json("$.score")).isCloseTo(entente, within(1e-9));

		List<String> imported = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		long imports = imports();
		ImportCommand command = this.beans.createBean(ImportCommand.class);
		command.run(new DefaultApplicationArguments("import", "--format", "cow", COW.toString()));

		assertThat(command.getExitCode()).isZero();
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(imported);
		assertThat(imports()).isEqualTo(imports);
		retract(response.json("$.importId"));
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
	}

	@Test
	void theAtopSampleScoresItsDefencePactsAndEndsAMembershipAtItsExit() throws Exception {
		Response response = postFile("atop", "atop5_1m.csv", Files.readString(ATOP));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$.memberships")).isEqualTo(5);
		assertThat(response.<Map<String, Integer>>json("$.skipped")).containsOnlyKeys(
				"member: ccode 265 (GDR): no ISO 3166-1 country (a historical state with no ISO 3166-1 country: German "
						+ "Democratic Republic (East Germany, 1954-1990))");
		// yrexit 0: still in force when ATOP 5.1 ends.
		assertThat(get("/api/cooperation?a=CHN&b=PRK&asOf=2018-06-01").<Double>json("$.score")).isCloseTo(DEFENCE, within(1e-9));
		assertThat(get("/api/cooperation?a=RUS&b=POL&asOf=1980-01-01").<Double>json("$.score")).isCloseTo(DEFENCE, within(1e-9));
		assertThat(get("/api/cooperation?a=RUS&b=ALB&asOf=1968-09-12").<Double>json("$.score")).isCloseTo(DEFENCE, within(1e-9));
		assertThat(get("/api/cooperation?a=RUS&b=ALB&asOf=1969-09-13").<Double>json("$.score")).isCloseTo(DEFENCE / 2, within(0.1));
		retract(response.json("$.importId"));
	}

	@Test
	void aFileWithBadRowsIsRefusedWithLineAndColumnAndWritesNothing() throws Exception {
		List<String> lines = Files.readAllLines(COW);
		String bad = String.join("\n", lines.get(0), lines.get(1).replace(",2,United", ",USA,United"),
				lines.get(2).replace(",24,8,1949,,,,0,1,", ",24,13,1949,,,,0,1,"),
				lines.get(8).replace(",24,3,1959,", ",24,3,1950,"), lines.get(9).replace(",1,4.1", ",2,4.1")) + "\n";
		List<String> before = GraphFingerprint.of(this.driver, List.of());

		Response response = postFile("cow", "bad.csv", bad);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<Integer>json("$.errorCount")).isEqualTo(4);
		assertThat(response.<List<Integer>>json("$.errors[*].line")).containsExactly(2, 3, 4, 5);
		assertThat(response.<List<Integer>>json("$.errors[*].column")).containsExactly(2, 12, 16, 22);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("ccode", "mem_st_month", "mem_end_year",
				"entente");
		assertThat(response.<String>json("$.errors[2].reason")).contains("is before the entry (1955-02-24)");
		assertThat(GraphFingerprint.of(this.driver, List.of())).isEqualTo(before);

		Response headless = postFile("atop", "headless.csv", "9101,710,1961\n");
		assertThat(headless.status()).as(headless.body()).isEqualTo(400);
		assertThat(headless.<String>json("$.errors[0].reason")).contains("the header lacks atopid, member");
	}

	private Response postFile(String format, String file, String body) {
		return send("POST", "/api/imports?format=" + format + "&file=" + file, with(AS_EDITOR, "Content-Type", "text/csv"),
				body);
	}

	private void retract(String importId) {
		Response retracted = send("DELETE", "/api/imports/" + importId, AS_EDITOR);
		assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
	}

	private long imports() {
		return this.driver.executableQuery("MATCH (i:Import) RETURN count(i) AS n").execute().records().get(0).get("n").asLong();
	}

}
