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

/** FollowTheMoney entities in: the sample end to end, entities the graph has already, a file with bad lines. */
class FtmImportTests extends FixtureTest {

	private static final Path SAMPLE = Path.of("dossiers/samples/ftm-entities.jsonl");

	/** A command of its own per run, as main makes one: its exit code is its own. */
	@Autowired
	AutowireCapableBeanFactory beans;

	@Test
	void theSampleBecomesOfficialsBodiesPositionsAndAnEngagementOnceHoweverOftenItIsImported() throws Exception {
		Response response = postFile("ftm-entities.jsonl", Files.readString(SAMPLE));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$.lines")).isEqualTo(12);
		assertThat(response.<Integer>json("$.entities")).isEqualTo(4);
		assertThat(response.<Integer>json("$.facts")).isEqualTo(3);
		assertThat(response.<Map<String, Integer>>json("$.skipped")).containsOnly(
				Map.entry("Company: neither military (topic mil) nor a national state body (PublicBody, or topic gov, "
						+ "gov.national, gov.head, gov.executive, gov.legislative)", 1),
				Map.entry("Organization: no country the graph knows", 1),
				Map.entry("country 'zz': not an ISO 3166-1 alpha-2 code of the graph's countries (dropped)", 1),
				Map.entry("Event: no date", 1), Map.entry("Sanction: not a schema Entente maps", 1));

		Response official = get("/api/entities/off-ex-pep-thura");
		assertThat(official.status()).as(official.body()).isEqualTo(200);
		assertThat(official.body()).contains("U Thura Example").contains("example_peps");
		var row = this.driver.executableQuery("""
				MATCH (o:Official {id: 'off-ex-pep-thura'})-[m:MENTIONED_IN]->(s:Source),
				      (o)-[:HOLDS]->(p:Position {id: 'pos-ex-occ-thura-commander'})-[:IN]->(:Military {id: 'mil-ex-org-lk-navy'})-[c:OF_COUNTRY]->(:Country {id: 'LKA'}),
				      (o)-[:HOLDS]->(a:Position {id: 'pos-ex-mem-thura-ministry'})-[:IN]->(:StateBody {id: 'sb-ex-lk-ministry'})
				RETURN o.ftmId AS ftmId, o.datasets AS datasets, o.countries AS countries, m.line AS line, c.line AS tieLine,
				       p.title AS title, p.date AS date, a.date AS adviser, s.kind AS kind, s.date AS sourceDate""")
			.execute().records().get(0);
		assertThat(row.get("ftmId").asString()).isEqualTo("ex-pep-thura");
		assertThat(row.get("datasets").asList(v -> v.asString())).containsExactly("example_peps", "example_sanctions");
		assertThat(row.get("countries").asList(v -> v.asString())).containsExactly("LKA");
		assertThat(row.get("line").asLong()).isEqualTo(1);
		assertThat(row.get("tieLine").asLong()).isEqualTo(2);
		assertThat(row.get("title").asString()).isEqualTo("Commander of the Example Navy Command");
		assertThat(row.get("date").asString()).isEqualTo("2021-02-01/..");
		assertThat(row.get("adviser").asString()).isEqualTo("2019/2020-06");
		assertThat(row.get("sourceDate").asLocalDate()).hasToString("2024-03-21");

		// The event: the academy (Belarus's side) visits the navy command (Sri Lanka's), CAMEO 042, from line 8.
		Response cooperation = get("/api/cooperation?a=BLR&b=LKA&asOf=2024-03-21&evidence=true");
		assertThat(cooperation.status()).as(cooperation.body()).isEqualTo(200);
		assertThat(cooperation.<Double>json("$.score")).isCloseTo(1.9, within(0.01));
		assertThat(cooperation.<List<String>>json("$.evidence[*].cameo")).containsExactly("042");
		assertThat(this.driver.executableQuery("""
				MATCH (:Military {id: 'mil-ex-org-by-academy'})-[:ACTOR_IN]->(f:Engagement)-[:TARGETS]->(:Military {id: 'mil-ex-org-lk-navy'}),
				      (f)-[r:REPORTED_IN]->(:Source) RETURN r.line AS line, r.url AS url""").execute().records().get(0)
			.get("line").asLong()).isEqualTo(8);

		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		long imports = imports();
		ImportCommand command = this.beans.createBean(ImportCommand.class);
		command.run(new DefaultApplicationArguments("import", "--format", "ftm", SAMPLE.toString()));

		assertThat(command.getExitCode()).isZero();
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
		assertThat(imports()).isEqualTo(imports);
	}

	@Test
	void entitiesTheGraphHasAreFoundAgainByIdOrByNameInTheirCountry() {
		long officials = count("Official");
		long militaries = count("Military");
		String file = String.join("\n",
				// The fixture's official off-b1 holds a position in XBB's armed forces: the same name in that country.
				"{\"id\": \"Q-b1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Official off-b1\", \"B. One\"], \"country\": [\"xb\"]}, \"datasets\": [\"d1\"]}",
				// The same name in another country is another person.
				"{\"id\": \"Q-b1-elsewhere\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Official off-b1\"], \"country\": [\"xc\"]}}",
				// An explicit id: Entente's own, as its FtM export writes it.
				"{\"id\": \"mil-xdd\", \"schema\": \"Organization\", \"properties\": {\"name\": [\"XDD forces\"], \"country\": [\"xd\"], \"topics\": [\"mil\"]}}");

		Response response = postFile("known.jsonl", file);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(count("Official")).isEqualTo(officials + 1);
		assertThat(count("Military")).isEqualTo(militaries);
		var b1 = this.driver.executableQuery("MATCH (o:Official {id: 'off-b1'}) RETURN o.ftmId AS ftmId, o.aliases AS aliases, o.name AS name")
			.execute().records().get(0);
		assertThat(b1.get("ftmId").asString()).isEqualTo("Q-b1");
		assertThat(b1.get("name").asString()).isEqualTo("Official off-b1");
		assertThat(b1.get("aliases").asList(v -> v.asString())).containsExactly("B. One");
		var xdd = this.driver.executableQuery("MATCH (m:Military {id: 'mil-xdd'}) RETURN m.name AS name, m.aliases AS aliases")
			.execute().records().get(0);
		assertThat(xdd.get("name").asString()).isEqualTo("Armed forces of XDD");
		assertThat(xdd.get("aliases").asList(v -> v.asString())).containsExactly("XDD forces");
	}

	@Test
	void aFileWithBadLinesIsRefusedWithLineAndColumnAndWritesNothing() {
		String bad = String.join("\n",
				"{\"id\": \"ok-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Fine\"]}}",
				"{\"id\": \"ok-2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Broken\"]",
				"{\"id\": \"has space\", \"schema\": \"Person\", \"properties\": {\"name\": \"not a list\"}}",
				"{\"id\": \"ok-3\", \"schema\": \"Occupancy\", \"properties\": {\"startDate\": [\"31.12.2020\"]}}",
				"{\"id\": \"ok-1\", \"schema\": \"Person\", \"properties\": {}}");
		List<String> before = GraphFingerprint.of(this.driver, List.of());

		Response response = postFile("bad.jsonl", bad);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<Integer>json("$.errorCount")).isEqualTo(5);
		assertThat(response.<List<Integer>>json("$.errors[*].line")).containsExactly(2, 3, 3, 4, 5);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(null, "id", "name", "startDate", "id");
		assertThat(response.<List<Integer>>json("$.errors[*].column")).element(1).isEqualTo(2);
		assertThat(response.<String>json("$.errors[3].reason")).contains("'31.12.2020' is not an FtM date");
		assertThat(response.<String>json("$.errors[4].reason")).contains("duplicates line 1");
		assertThat(GraphFingerprint.of(this.driver, List.of())).isEqualTo(before);
	}

	private Response postFile(String file, String body) {
		return send("POST", "/api/imports?format=ftm&file=" + file, with(AS_EDITOR, "Content-Type", "application/x-ndjson"),
				body);
	}

	private long count(String label) {
		return this.driver.executableQuery("MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS n")
			.withParameters(Map.of("label", label)).execute().records().get(0).get("n").asLong();
	}

	private long imports() {
		return this.driver.executableQuery("MATCH (i:Import) RETURN count(i) AS n").execute().records().get(0).get("n").asLong();
	}

}
