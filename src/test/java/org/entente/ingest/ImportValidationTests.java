package org.entente.ingest;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.FixtureTest;
import org.entente.GraphFingerprint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every bad import is a 400 problem naming the field at fault, before anything is written: duplicate ids, dates and
 * counts out of range, constraint clashes, reference and derived data, re-typing and renaming without saying so, and
 * an Accept the answer cannot meet. And cooperation is symmetric when a military belongs to both countries.
 */
class ImportValidationTests extends FixtureTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void twoFactsWithOneIdInOneDossierAreRefusedNamingBoth() throws IOException {
		ObjectNode dossier = example("src-dup-facts");
		fact(dossier, 2).put("id", "cnf-2024-04-01-order-of-example");

		refused(post("/api/dossiers", dossier.toString()), "/facts/2/id", "duplicates /facts/1/id");
	}

	@Test
	void twoDossiersOfOneSourceInOneRequestAreRefused() throws IOException {
		String both = json.createArrayNode().add(example("src-dup-source")).add(example("src-dup-source")).toString();

		refused(post("/api/dossiers", both), "/1/source/id", "duplicates /0/source/id");
	}

	@Test
	void twoCsvRowsWithOneIdAreRefused() {
		refused(postCsv("""
				sourceId,sourceTitle,sourceDate,id,cameo,actors,date
				src-csv-dup,A table,2024-04-02,eng-csv-dup,062,mil-xaa,2024-04-01
				src-csv-dup,A table,2024-04-02,eng-csv-dup,062,mil-xbb,2024-04-01
				"""), "[src-csv-dup]/facts/1/id", "duplicates [src-csv-dup]/facts/0/id");
	}

	@Test
	void aSourceDatedFarInTheFutureIsRefused() throws IOException {
		ObjectNode dossier = example("src-far-future");
		((ObjectNode) dossier.get("source")).put("date", "+999999999-12-31");

		refused(post("/api/dossiers", dossier.toString()), "/source/date", "outside the years 1000 to 9999");
		((ObjectNode) dossier.get("source")).put("date", "2999-01-01");
		refused(post("/api/dossiers", dossier.toString()), "/source/date", "in the future");
	}

	@Test
	void aFactDatedBeforeTheYear1000IsRefused() throws IOException {
		ObjectNode dossier = example("src-too-early");
		fact(dossier, 1).put("date", "0999");

		refused(post("/api/dossiers", dossier.toString()), "/facts/1/date", "before the year 1000");
	}

	@Test
	void countsBeyondWhatJsonKeepsExactlyAreRefused() throws IOException {
		ObjectNode dossier = example("src-huge-count");
		fact(dossier, 1).put("count", new BigInteger("99999999999999999999"));
		refused(post("/api/dossiers", dossier.toString()), "/facts/1/count", "maximum");
		fact(dossier, 1).put("count", 1e30);
		refused(post("/api/dossiers", dossier.toString()), "/facts/1/count", "maximum");
		refused(postCsv("""
				sourceId,sourceTitle,sourceDate,cameo,actors,date,count
				src-csv-huge,A table,2024-04-02,062,mil-xaa,2024-04-01,99999999999999999999
				"""), "[src-csv-huge]/facts/0/count", "maximum");
	}

	@Test
	void aNewCountryWithAnIso2ThatIsTakenIsRefused() {
		String dossier = dossier("src-iso2-clash", """
				[{"type": "Country", "id": "XIA", "iso2": "MM", "name": "Fictional XIA"}]""", "[]");
		refused(post("/api/dossiers", dossier), "/entities/0/iso2", "already the iso2 of 'MMR'");

		String twice = dossier("src-iso2-twice", """
				[{"type": "Country", "id": "XIB", "iso2": "QW", "name": "Fictional XIB"},
				 {"type": "Country", "id": "XIC", "iso2": "QW", "name": "Fictional XIC"}]""", "[]");
		refused(post("/api/dossiers", twice), "/entities/1/iso2", "duplicates /entities/0/iso2");
	}

	@Test
	void referenceCountriesAreNotReTypedOrRenamedOrRecoded() {
		refused(post("/api/dossiers", dossier("src-retype-rus", """
				[{"type": "Official", "id": "RUS", "name": "Russia"}]""", "[]")), "/entities/0/type", "reference data");
		refused(post("/api/dossiers", dossier("src-rename-mmr", """
				[{"type": "Country", "id": "MMR", "iso2": "MM", "name": "Burma"}]""", "[]")), "/entities/0/name",
				"\"revise\": [\"name\"]");
		refused(post("/api/dossiers", dossier("src-recode-mmr", """
				[{"type": "Country", "id": "MMR", "iso2": "MM", "name": "Myanmar", "wikidata": "Q1", "revise": ["name"]}]""",
				"[]")), "/entities/0/wikidata", "reference data");
	}

	@Test
	void anEntityIsReTypedOrRenamedOnlyWhenTheDossierSaysSo() {
		imported(dossier("src-revise-1", """
				[{"type": "Military", "id": "mil-xrv", "name": "Forces of XRV", "country": "XAA"}]""", "[]"));

		String renamed = """
				[{"type": "StateBody", "id": "mil-xrv", "name": "Ministry of XRV", "country": "XAA"%s}]""";
		refused(post("/api/dossiers", dossier("src-revise-2", renamed.formatted(""), "[]")), "/entities/0/type",
				"\"revise\": [\"type\"]");
		imported(dossier("src-revise-2", renamed.formatted(", \"revise\": [\"type\", \"name\"]"), "[]"));

		Map<String, Object> node = this.driver.executableQuery("MATCH (n:Entity {id: 'mil-xrv'}) RETURN labels(n) AS labels, n.name AS name")
			.execute().records().get(0).asMap();
		assertThat((List<String>) node.get("labels")).containsExactlyInAnyOrder("Entity", "StateBody");
		assertThat(node.get("name")).isEqualTo("Ministry of XRV");
	}

	@Test
	void aGraphImportCannotChangeReferenceOrDerivedData() {
		refused(post("/api/graph", graph("""
				{"key": "EventType", "id": "entente-conferral", "labels": ["EventType"], "properties": {"goldstein": -10.0}}""")),
				"nodes/0/properties/goldstein", "reference data");
		refused(post("/api/graph", graph("""
				{"key": "Entity", "id": "MMR", "labels": ["Entity", "Country", "DyadTotal"], "properties": {}}""")),
				"nodes/0/labels", "derived data");
		refused(post("/api/graph", graph("""
				{"key": "EventType", "id": "cameo-9999", "labels": ["EventType"], "properties": {"code": "9999"}}""")),
				"nodes/0/key", "reference data");
		refused(post("/api/graph", graph("""
				{"key": "Entity", "id": "mil-xaa", "labels": ["Entity", "Official"], "properties": {}}""")),
				"nodes/0/labels", "re-type");
		refused(post("/api/graph", graph("""
				{"key": "Entity", "id": "mil-xaa", "labels": ["Entity", "Military"], "properties": {"name": "Renamed"}}""")),
				"nodes/0/properties/name", "rename");
	}

	@Test
	void aGraphImportIsCheckedForDuplicatesIso2DatesAndNumbers() {
		refused(post("/api/graph", graph("""
				{"key": "Entity", "id": "off-xg", "labels": ["Entity", "Official"], "properties": {"name": "A"}},
				{"key": "Entity", "id": "off-xg", "labels": ["Entity", "Official"], "properties": {"name": "B"}}""")),
				"nodes/1/id", "duplicates nodes/0/id");
		refused(post("/api/graph", graph("""
				{"key": "Entity", "id": "XGA", "labels": ["Entity", "Country"], "properties": {"iso2": "MM", "name": "X"}}""")),
				"nodes/0/properties/iso2", "already the iso2 of 'MMR'");
		refused(post("/api/graph", graph("""
				{"key": "Fact", "id": "f-xg", "labels": ["Fact", "Engagement"], "properties": {"dateTo": {"$date": "2024-13-45"}}}""")),
				"nodes/0/properties/dateTo", "not a date");
		refused(post("/api/graph", graph("""
				{"key": "Fact", "id": "f-xg", "labels": ["Fact", "Engagement"], "properties": {"dateTo": {"$date": "+999999999-12-31"}}}""")),
				"nodes/0/properties/dateTo", "outside the years");
		refused(post("/api/graph", graph("""
				{"key": "Fact", "id": "f-xg", "labels": ["Fact", "Engagement"], "properties": {"count": 99999999999999999999}}""")),
				"nodes/0/properties/count", "64 bits");
		refused(post("/api/graph", graph("""
				{"key": "Fact", "id": "f-xg", "labels": ["Fact", "Engagement", "Entity"], "properties": {}}""")),
				"nodes/0/labels", "key label");
	}

	@Test
	void anAcceptTheAnswerCannotMeetIsA406BeforeAnythingIsWritten() throws IOException {
		List<String> before = GraphFingerprint.of(this.driver, List.of("AppliedScript"));

		Response response = send("POST", "/api/dossiers", with(with(AS_EDITOR, "Content-Type", "application/json"), "Accept", "text/html"),
				example("src-406").toString());

		assertThat(response.status()).as(response.body()).isEqualTo(406);
		assertThat(GraphFingerprint.of(this.driver, List.of("AppliedScript"))).isEqualTo(before);
	}

	@Test
	void cooperationIsSymmetricWhenAMilitaryBelongsToBothCountries() {
		String countries = dossier("src-sym-countries", """
				[{"type": "Country", "id": "XSA", "iso2": "QU", "name": "Fictional XSA"},
				 {"type": "Country", "id": "XSB", "iso2": "QV", "name": "Fictional XSB"},
				 {"type": "Military", "id": "mil-xsa", "name": "Forces of XSA", "country": "XSA"},
				 {"type": "Military", "id": "mil-xsb", "name": "Forces of XSB", "country": "XSB"},
				 {"type": "Military", "id": "mil-xs-shared", "name": "Shared forces", "country": "XSA"},
				 {"type": "Honor", "id": "hon-xsb-medal", "name": "Medal of XSB", "awardedBy": "XSB"}]""", "[]");
		String shared = dossier("src-sym-shared", """
				[{"type": "Military", "id": "mil-xs-shared", "name": "Shared forces", "country": "XSB"}]""", """
				[{"type": "Conferral", "id": "cnf-xsb-to-shared", "giver": "XSB", "recipient": "mil-xs-shared",
				  "honors": ["hon-xsb-medal"], "date": "2024-03-01"},
				 {"type": "Engagement", "id": "eng-shared-with-xsb", "cameo": "062", "actors": ["mil-xs-shared", "mil-xsb"],
				  "joint": true, "date": "2024-03-02"},
				 {"type": "Engagement", "id": "eng-shared-with-xsa", "cameo": "062", "actors": ["mil-xs-shared", "mil-xsa"],
				  "joint": true, "date": "2024-03-02"},
				 {"type": "Engagement", "id": "eng-xsa-with-xsb", "cameo": "062", "actors": ["mil-xsa", "mil-xsb"],
				  "joint": true, "date": "2024-03-03"}]""");
		imported("[" + countries + "," + shared + "]");

		for (String evidence : List.of("true", "false")) {
			String query = "/api/cooperation?asOf=2024-04-01&evidence=" + evidence;
			Response ab = get(query + "&a=XSA&b=XSB");
			Response ba = get(query + "&a=XSB&b=XSA");

			assertThat(ab.<Double>json("$.score")).as(ab.body()).isCloseTo(ba.json("$.score"), within(1e-9));
			// Only the exercise between the two countries' own forces ties them: the shared forces are part of both.
			assertThat(ab.<Double>json("$.score")).isCloseTo(7.4 * Math.pow(0.5, 29 / 365.0), within(1e-6));
		}
	}

	/** A 400 problem naming {@code field} with a reason containing {@code reason}, and the graph as it was. */
	private void refused(Response response, String field, String reason) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		String key = response.body().contains("\"pointer\"") ? "pointer" : "field";
		assertThat(response.<String>json("$.errors[0]." + key)).as(response.body()).isEqualTo(field);
		assertThat(response.<String>json("$.errors[0].reason")).contains(reason).doesNotContainPattern("[A-Z]\\w*Exception");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Override
	protected Response post(String path, String body) {
		return refusedWithoutWritingIfRefused(() -> super.post(path, body));
	}

	private Response postCsv(String csv) {
		return refusedWithoutWritingIfRefused(() -> send("POST", "/api/dossiers", with(AS_EDITOR, "Content-Type", "text/csv"), csv));
	}

	/** A refused request leaves the graph's fingerprint as it was. */
	private Response refusedWithoutWritingIfRefused(java.util.function.Supplier<Response> request) {
		List<String> before = GraphFingerprint.of(this.driver, List.of("AppliedScript"));
		Response response = request.get();
		if (response.status() >= 400) {
			assertThat(GraphFingerprint.of(this.driver, List.of("AppliedScript"))).as("a refused request writes nothing").isEqualTo(before);
		}
		return response;
	}

	private void imported(String dossier) {
		Response response = super.post("/api/dossiers", dossier);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private static String dossier(String sourceId, String entities, String facts) {
		return """
				{"dossierVersion": "2", "source": {"id": "%s", "title": "%s", "date": "2024-04-02"},
				 "entities": %s, "facts": %s}""".formatted(sourceId, sourceId, entities, facts);
	}

	private static String graph(String nodes) {
		return "{\"format\": \"entente-graph/1\", \"nodes\": [" + nodes + "], \"relationships\": []}";
	}

	private static ObjectNode fact(ObjectNode dossier, int index) {
		return (ObjectNode) dossier.get("facts").get(index);
	}

	private static ObjectNode example(String sourceId) throws IOException {
		ObjectNode dossier = (ObjectNode) json.readTree(Files.readString(Path.of("dossiers/examples/fictional-exchange.json"),
				StandardCharsets.UTF_8));
		((ObjectNode) dossier.get("source")).put("id", sourceId);
		return dossier;
	}


}
