package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.FixtureTest;
import org.entente.GraphFingerprint;
import org.entente.cooperation.DyadRollups;
import org.entente.cypher.CypherQueries;
import org.entente.entity.EntityLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** GDELT 2.0 Events in: the sample file end to end, a file with bad lines, a repeated import, the format named. */
class GdeltImportTests extends FixtureTest {

	private static final Path SAMPLE = Path.of("dossiers/samples/gdelt-events.tsv");

	/** A command of its own per run, as main makes one: its exit code is its own. */
	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	DossierImporter importer;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DossierSchema schema;

	@Autowired
	EntityLookup entities;

	@Autowired
	EntityConflicts conflicts;

	@Autowired
	CypherQueries queries;

	@Autowired
	ImportAudit audit;

	@Autowired
	ImportRetraction retraction;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DyadRollups rollups;

	@TempDir
	Path dir;

	@Test
	void theSampleBecomesScoredFactsOnceHoweverOftenItIsImported() throws Exception {
		Response response = postFile("gdelt", "gdelt-events.tsv", Files.readString(SAMPLE));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$.lines")).isEqualTo(10);
		assertThat(response.<Integer>json("$.events")).isEqualTo(6);
		// Lines 1 and 3 tell one event (2024-03-30, USA to CHN, CAMEO root 04): five facts.
		assertThat(response.<Integer>json("$.facts")).isEqualTo(5);
		assertThat(response.<Map<String, Integer>>json("$.skipped")).containsOnly(
				Map.entry("Actor2CountryCode: no country code", 1),
				Map.entry("Actor2CountryCode: not a country (region: Europe)", 1),
				Map.entry("Actor2CountryCode: not a country (Kosovo: no officially assigned ISO 3166-1 code (XK is user-assigned); see COUNTRIES.md)", 1),
				Map.entry("the same country on both sides", 1));
		var merged = this.driver.executableQuery("""
				MATCH (:Country {id: 'USA'})-[:ACTOR_IN]->(f:Engagement {id: 'eng-gdelt-1160000001'})-[:TARGETS]->(:Country {id: 'CHN'}),
				      (f)-[r:REPORTED_IN]->(s:Source)
				RETURN r.lines AS lines, r.gdeltEventIds AS ids, r.sources AS sources, r.url AS url, f.sources AS counted,
				       s.id AS source""").execute().records().get(0);
		assertThat(merged.get("lines").asList(v -> v.asLong())).containsExactly(1L, 3L);
		assertThat(merged.get("ids").asList(v -> v.asLong())).containsExactly(1160000001L, 1160000003L);
		assertThat(merged.get("counted").asLong()).isEqualTo(3);
		assertThat(merged.get("url").asString()).isEqualTo("https://news.example.com/2024/03/30/us-envoy-visits-beijing");
		// CAMEO codes that are not ISO codes: ROM is Romania, ZAR the DR Congo, GZS in Palestine.
		assertThat(this.driver.executableQuery("""
				MATCH (a:Country)-[:ACTOR_IN]->(f:Engagement)-[:TARGETS]->(b:Country) WHERE f.id STARTS WITH 'eng-gdelt-'
				RETURN a.id + '>' + b.id AS pair ORDER BY pair""").execute().records().stream()
			.map(r -> r.get("pair").asString())).containsExactly("CHN>USA", "COD>RWA", "ISR>PSE", "ROU>UKR", "USA>CHN");

		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		long imports = imports();
		ImportCommand command = this.beans.createBean(ImportCommand.class);
		command.run(new DefaultApplicationArguments("import", "--format", "gdelt", SAMPLE.toString()));

		assertThat(command.getExitCode()).isZero();
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
		assertThat(imports()).isEqualTo(imports);

		Response cooperation = get("/api/cooperation?a=USA&b=CHN&asOf=2024-03-30&evidence=true");
		assertThat(cooperation.status()).as(cooperation.body()).isEqualTo(200);
		// 042 Make a visit (+1.9) and 036 intent to negotiate (+4.0), each from several sources, on the day.
		assertThat(cooperation.<Double>json("$.score")).isCloseTo(5.9, within(1e-9));
		assertThat(cooperation.<Double>json("$.singleSource")).isCloseTo(0.0, within(1e-9));
		assertThat(cooperation.<List<String>>json("$.evidence[*].cameo")).containsExactlyInAnyOrder("042", "036");
		Response paths = get("/api/paths?from=ROU&to=UKR&asOf=2024-03-31");
		assertThat(paths.status()).as(paths.body()).isEqualTo(200);
		assertThat(paths.<Integer>json("$.paths[0].hops")).isEqualTo(2);
	}

	@Test
	void aFileWithBadLinesIsRefusedWithLineAndColumnAndWritesNothing() throws Exception {
		List<String> lines = Files.readAllLines(SAMPLE);
		String bad = String.join("\n", lines.get(0).replace("\t20240330\t", "\t20240230\t"),
				lines.get(1).replace("\t036\t", "\t999\t"), "1160000099\t20240330", lines.get(3)) + "\n";
		List<String> before = GraphFingerprint.of(this.driver, List.of());

		Response response = postFile("gdelt", "bad.tsv", bad);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<Integer>json("$.errorCount")).isEqualTo(3);
		assertThat(response.<List<Integer>>json("$.errors[*].line")).containsExactly(1, 2, 3);
		assertThat(response.<List<Integer>>json("$.errors[*].column")).containsExactly(2, 27, 3);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("SQLDATE", "EventCode", null);
		assertThat(response.<String>json("$.errors[0].reason")).contains("'20240230' is not a real date");
		assertThat(response.<String>json("$.errors[2].reason")).contains("has 2 tab-separated columns");
		assertThat(GraphFingerprint.of(this.driver, List.of())).isEqualTo(before);
	}

	@Test
	void aFileInChunksIsOneImportThatCountsItsSourceOnce() throws Exception {
		// Other lines than the sample's, in a month of their own, in chunks of two facts.
		Path file = this.dir.resolve("in-chunks.tsv");
		Files.writeString(file, Files.readString(SAMPLE).replace("1160000", "1180000").replace("202403", "202405"));
		GdeltImporter chunked = new GdeltImporter(this.importer, this.retraction, this.neo4j, this.queries,
				this.transactions, 2);

		GdeltImporter.Result result = chunked.importFile(file, "in-chunks.tsv", ImportOrigin.cli("gdelt", file), lines -> {
		});

		Response record = get("/api/imports/" + result.importId());
		assertThat(record.<Integer>json("$.factsCreated")).isEqualTo(5);
		assertThat(record.<Integer>json("$.sourcesCreated")).isEqualTo(1);
		assertThat(record.<Integer>json("$.sourcesMerged")).isZero();
		assertThat(send("DELETE", "/api/imports/" + result.importId(), AS_EDITOR).status()).isEqualTo(200);
	}

	@Test
	void aFileThatFailsAfterItsFirstChunkLeavesNothingOfIt() throws Exception {
		// Other lines than the sample's (ids and a month of their own: the rollups of a month that holds other facts
		// come back only up to floating point), in chunks of two facts; the second chunk fails.
		Path file = this.dir.resolve("chunked.tsv");
		Files.writeString(file, Files.readString(SAMPLE).replace("1160000", "1170000").replace("202403", "202407"));
		FactWrites failing = new FactWrites() {

			int chunks;

			@Override
			public AfterWrite beforeWrite(Change change) {
				if (++this.chunks == 2) {
					throw new IllegalStateException("the second chunk fails");
				}
				return () -> {
				};
			}

		};
		DossierImporter importer = new DossierImporter(this.neo4j, this.schema, this.entities, List.of(this.rollups, failing),
				this.conflicts, this.queries, this.audit);
		GdeltImporter chunked = new GdeltImporter(importer, this.retraction, this.neo4j, this.queries, this.transactions, 2);
		List<String> leftOut = new ArrayList<>(GraphFingerprint.BOOKKEEPING);
		leftOut.addAll(List.of("DyadPeriod", "DyadTotal"));
		List<String> before = GraphFingerprint.of(this.driver, leftOut);
		double score = get("/api/cooperation?a=USA&b=CHN&asOf=2024-08-01").json("$.score");

		assertThatThrownBy(() -> chunked.importFile(file, "chunked.tsv", ImportOrigin.cli("gdelt", file), lines -> {
		})).hasMessage("the second chunk fails");

		// Its first chunk was committed, then retracted: the graph is as it was, and the rollups, which the pair's
		// other facts keep, give the same score up to floating point (docs/graph-model.md).
		assertThat(GraphFingerprint.of(this.driver, leftOut)).isEqualTo(before);
		assertThat(get("/api/cooperation?a=USA&b=CHN&asOf=2024-08-01").<Double>json("$.score")).isCloseTo(score, within(1e-9));
		Response record = get("/api/imports?limit=1");
		assertThat(record.<String>json("$[0].file")).isEqualTo("chunked.tsv");
		assertThat(record.<String>json("$[0].retractedBy")).isEqualTo(ChunkedImport.FAILED);
	}

	@Test
	void theFormatIsNamedAndKnown() {
		Response unknown = postFile("acled", "x.csv", "a,b\n");
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("format");

		Response anonymous = send("POST", "/api/imports?format=gdelt", Map.of("Content-Type", "text/tab-separated-values"), "");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	private Response postFile(String format, String file, String body) {
		return send("POST", "/api/imports?format=" + format + "&file=" + file,
				with(AS_EDITOR, "Content-Type", "text/tab-separated-values"), body);
	}


	private long imports() {
		return this.driver.executableQuery("MATCH (i:Import) RETURN count(i) AS n").execute().records().get(0).get("n").asLong();
	}

}
