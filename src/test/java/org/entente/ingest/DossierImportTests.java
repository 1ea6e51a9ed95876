package org.entente.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Dossiers in: checked before anything is written, all or nothing, and idempotent. */
class DossierImportTests extends FixtureTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Path EXAMPLE = Path.of("dossiers/examples/fictional-exchange.json");

	@Test
	void schemaIsServed() {
		Response response = get("/api/dossiers/schema");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/schema+json");
		assertThat(response.<String>json("$.$schema")).contains("2020-12");
	}

	@Test
	void theExampleImportsOnceAndAgainChangesNothing() throws IOException {
		Response first = post("/api/dossiers", example().toString());
		Map<String, Long> afterFirst = counts();
		Response second = post("/api/dossiers", example().toString());

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.<Integer>json("$[0].facts")).isEqualTo(3);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.<Integer>json("$[0].nodesCreated")).isZero();
		assertThat(second.<Integer>json("$[0].relationshipsCreated")).isZero();
		assertThat(counts()).isEqualTo(afterFirst);

		Record conferral = this.driver.executableQuery("""
				MATCH (:Official {id: 'off-xex-general-exemplar'})-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(g:Group),
				      (f)-[:REPORTED_IN]->(s:Source), (f)-[:OF_TYPE]->(t:EventType)
				RETURN f.count AS count, f.dateFrom AS dateFrom, s.id AS source, t.code AS type""")
			.execute()
			.records()
			.get(0);
		assertThat(conferral.get("count").asLong()).isEqualTo(12);
		assertThat(conferral.get("source").asString()).isEqualTo("src-example-fictional-exchange");
		assertThat(conferral.get("type").asString()).isEqualTo("conferral");
		Response cooperation = get("/api/cooperation?a=XEX&b=XEY&asOf=2024-04-02");
		assertThat(cooperation.<List<String>>json("$.components[*].kind")).contains("conferral", "intent", "treaty");
	}

	static List<Arguments> invalidDossiers() {
		return List.of(
				invalid("a required field is missing", d -> ((ObjectNode) d.get("source")).remove("title"), "/source/title",
						"title"),
				invalid("a reference names nothing", d -> fact(d, 1).put("giver", "off-nobody"), "/facts/1/giver",
						"neither in this request's dossiers nor in the graph"),
				invalid("a reference names the wrong kind", d -> fact(d, 1).putArray("honors").add("XEX"),
						"/facts/1/honors/0", "expected Honor"),
				invalid("an unknown CAMEO code", d -> fact(d, 2).put("cameo", "0999"), "/facts/2/cameo",
						"unknown CAMEO code"),
				invalid("an impossible date", d -> fact(d, 1).put("date", "2024-02-30"), "/facts/1/date", "not a real date"),
				invalid("a date after the source's", d -> fact(d, 1).put("date", "2024-05-01"), "/facts/1/date",
						"after the source's own date"),
				invalid("a range that ends before it starts", d -> fact(d, 0).put("date", "2024-03/2023-01"),
						"/facts/0/date", "starts after it ends"),
				invalid("a negative count", d -> fact(d, 1).put("count", -3), "/facts/1/count", "minimum"),
				invalid("a duplicate id", d -> ((ObjectNode) d.get("entities").get(5)).put("id", "off-xex-general-exemplar"),
						"/entities/5/id", "duplicate id"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDossiers")
	void anInvalidDossierIsRejectedWithPointersAndWritesNothing(String what, Consumer<ObjectNode> breakIt, String pointer,
			String reason) throws IOException {
		ObjectNode dossier = example();
		((ObjectNode) dossier.get("source")).put("id", "src-never-imported");
		breakIt.accept(dossier);
		Map<String, Long> before = counts();

		Response response = post("/api/dossiers", dossier.toString());

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<List<String>>json("$.errors[*].pointer")).as(response.body()).contains(pointer);
		assertThat(response.<List<String>>json("$.errors[?(@.pointer == '" + pointer + "')].reason"))
			.anySatisfy(text -> assertThat(text).contains(reason));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everyErrorIsListedAndOneBadDossierStopsTheWholeRequest() throws IOException {
		ObjectNode good = example();
		((ObjectNode) good.get("source")).put("id", "src-good-but-not-alone");
		ObjectNode bad = example();
		((ObjectNode) bad.get("source")).put("id", "src-bad");
		fact(bad, 1).put("giver", "off-nobody");
		fact(bad, 2).put("cameo", "0999");
		Map<String, Long> before = counts();

		Response response = post("/api/dossiers", json.createArrayNode().add(good).add(bad).toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].pointer")).containsExactlyInAnyOrder("/1/facts/1/giver",
				"/1/facts/2/cameo");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anUnknownFieldIsRefusedByNameAndOneAnswerListsSchemaAndReferenceErrorsAlike() throws IOException {
		ObjectNode bad = example();
		ObjectNode engagement = fact(bad, 2);
		engagement.set("target", engagement.get("actors"));
		fact(bad, 1).put("giver", "off-nobody");
		fact(bad, 1).put("date", "2024-02-30");
		Map<String, Long> before = counts();

		Response response = post("/api/dossiers", bad.toString());

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].pointer")).as(response.body()).contains("/facts/2/target",
				"/facts/1/giver", "/facts/1/date");
		assertThat(response.<List<String>>json("$.errors[?(@.pointer == '/facts/2/target')].reason"))
			.anySatisfy(reason -> assertThat(reason).contains("target"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anUnknownDossierVersionIsRefused() throws IOException {
		ObjectNode bad = example().put("dossierVersion", "3");

		Response response = post("/api/dossiers", bad.toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].pointer")).containsExactly("/dossierVersion");
		assertThat(get("/api/dossiers/schema?version=1").<String>json("$.title")).contains("version 1");
		assertThat(get("/api/dossiers/schema").<String>json("$.title")).contains("version 2");
	}

	@Test
	void malformedJsonIsAProblemNotAStackTrace() {
		Response response = post("/api/dossiers", "{\"dossierVersion\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception");
	}

	private static Arguments invalid(String what, Consumer<ObjectNode> breakIt, String pointer, String reason) {
		return Arguments.of(what, breakIt, pointer, reason);
	}

	private static ObjectNode fact(ObjectNode dossier, int index) {
		return (ObjectNode) dossier.get("facts").get(index);
	}

	private static ObjectNode example() throws IOException {
		return (ObjectNode) json.readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
	}

	private Map<String, Long> counts() {
		Record r = this.driver.executableQuery("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels")
			.execute()
			.records()
			.get(0);
		return Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("rels").asLong());
	}

}
