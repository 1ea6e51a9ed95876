package org.entente.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.entente.FixtureTest;
import org.entente.GraphFingerprint;
import org.entente.cypher.CypherScript;
import org.entente.neo4j.EmbeddedNeo4j;
import org.entente.neo4j.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Graphs out: GraphML for Gephi and yEd, and JSON and Cypher that give the same graph in a fresh database. */
class ExportRoundTripTests extends FixtureTest {

	/** What an export leaves out: bookkeeping, and the cooperation rollups, which are derived and rebuilt on import. */
	private static final List<String> NOT_EXPORTED = Stream.concat(GraphFingerprint.BOOKKEEPING.stream(),
			Stream.of("DyadPeriod", "DyadTotal")).toList();

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path freshDir;

	@Test
	void graphMlDeclaresEveryKeyAndKeepsLabelsAndProperties() throws Exception {
		Response response = get("/api/export?format=graphml&center=XAA&depth=1");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/graphml+xml");
		Document xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		List<String> declared = new ArrayList<>();
		forEach(xml.getElementsByTagName("key"), key -> declared.add(key.getAttribute("id")));
		List<String> used = new ArrayList<>();
		forEach(xml.getElementsByTagName("data"), data -> used.add(data.getAttribute("key")));
		assertThat(declared).containsAll(used).contains("label", "labels", "iso2", "e_sourceId");
		List<String> nodeIds = new ArrayList<>();
		forEach(xml.getElementsByTagName("node"), node -> nodeIds.add(node.getAttribute("id")));
		assertThat(nodeIds).contains("Entity/XAA", "Entity/mil-xaa").doesNotContain("Entity/XCC");
		assertThat(response.body()).contains(":Country:Entity").contains(">OF_COUNTRY<");
	}

	@Test
	void jsonExportGivesTheSameGraphInAFreshDatabase() throws Exception {
		Map<String, Object> document = json.readValue(get("/api/export?format=json").body(), Map.class);

		List<String> fresh = inFreshDatabase(driver -> loadJson(driver, document));

		assertThat(fresh).hasSizeGreaterThan(500).isEqualTo(GraphFingerprint.of(this.driver, NOT_EXPORTED));
	}

	/**
	 * On a neighbourhood, with every kind of value the JSON one has: Neo4j spends some 5 ms planning each row of a
	 * literal, so the whole graph's script would take 10 s here, and the JSON export is checked against the whole.
	 */
	@Test
	void cypherExportGivesWhatTheJsonExportGives() throws Exception {
		String neighbourhood = "/api/export?center=XAA&depth=2&format=";
		String script = get(neighbourhood + "cypher").body();
		Map<String, Object> document = json.readValue(get(neighbourhood + "json").body(), Map.class);

		List<List<String>> fresh = inFreshDatabase(driver -> {
			CypherScript.parse("export.cypher", script).statements().forEach(statement -> driver.executableQuery(statement).execute());
			List<String> fromCypher = GraphFingerprint.of(driver, NOT_EXPORTED);
			driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
			return List.of(fromCypher, loadJson(driver, document));
		});

		assertThat(script).contains("date('2019-01-01')");
		assertThat(fresh.get(0)).hasSizeGreaterThan(15).isEqualTo(fresh.get(1));
	}

	@Test
	void everyKindOfValueIsALiteralNeo4jReadsBackAsItWas() {
		List<Object> values = List.of("Côte d'Ivoire", "back\\slash \"quoted\"", "two\nlines\r", "", 9_007_199_254_740_991L, -1.5,
				true, LocalDate.of(2019, 1, 1), LocalDateTime.of(2019, 1, 1, 12, 30),
				ZonedDateTime.of(2019, 1, 1, 12, 30, 0, 0, ZoneOffset.UTC), List.of("a", 1L, List.of()),
				Map.of("odd`key", 1L, "nested", Map.of("k", "v")));

		for (Object value : values) {
			Object read = this.driver.executableQuery("RETURN " + CypherLiteral.of(value) + " AS v").execute().records().get(0)
				.get("v").asObject();

			assertThat(read).as(CypherLiteral.of(value)).isEqualTo(value);
		}
	}

	@Test
	void reimportingAnExportChangesNothing() {
		List<String> before = GraphFingerprint.of(this.driver, NOT_EXPORTED);

		Response response = post("/api/graph", get("/api/export?format=json").body());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Integer>json("$.nodesCreated")).isZero();
		assertThat(response.<Integer>json("$.relationshipsCreated")).isZero();
		assertThat(GraphFingerprint.of(this.driver, NOT_EXPORTED)).isEqualTo(before);
	}

	@Test
	void aGraphWithForeignLabelsIsRefusedAndWritesNothing() {
		List<String> before = GraphFingerprint.of(this.driver, NOT_EXPORTED);

		Response response = post("/api/graph", """
				{"format": "entente-graph/1",
				 "nodes": [{"key": "Entity", "id": "x1", "labels": ["Entity", "Country"], "properties": {"id": "x1"}},
				           {"key": "Entity", "id": "x2", "labels": ["Entity", "Hacker`) DETACH DELETE n //"], "properties": {}}],
				 "relationships": []}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo("nodes/1/labels");
		assertThat(GraphFingerprint.of(this.driver, NOT_EXPORTED)).isEqualTo(before);
	}

	@Test
	void propertiesNeo4jCannotStoreAreRefusedByName() {
		Response response = post("/api/graph", """
				{"format": "entente-graph/1",
				 "nodes": [{"key": "Entity", "id": "x1", "labels": ["Entity"], "properties": {"id": "x1", "nested": {"a": 1}}}],
				 "relationships": []}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo("nodes/0/properties/nested");
	}

	@Test
	void badExportParametersAreProblems() {
		assertBadParameter("/api/export?format=pdf", "format", "graphml");
		assertBadParameter("/api/export?center=XAA&depth=9", "depth", "between 1 and 5");
		assertThat(get("/api/export?center=nowhere").status()).isEqualTo(404);
	}

	private <T> T inFreshDatabase(Function<Driver, T> load) {
		try (EmbeddedNeo4j fresh = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.freshDir, "localhost", 0, 0, DataSize.ofMegabytes(64)), 0);
				Driver driver = GraphDatabase.driver(fresh.boltUri(), fresh.authToken())) {
			CypherScript.of(new ClassPathResource("cypher/schema.cypher"))
				.statements()
				.forEach(statement -> driver.executableQuery(statement).execute());
			return load.apply(driver);
		}
	}

	/** What Entente's graph import does with a JSON export: nodes, then relationships, by the graph import scripts. */
	private static List<String> loadJson(Driver driver, Map<String, Object> document) {
		for (String list : List.of("nodes", "relationships")) {
			List<Object> rows = (List<Object>) GraphJson.decode(document.get(list));
			String script = list.equals("nodes") ? "graph-nodes" : "graph-relationships";
			driver.executableQuery(CypherScript.of(new ClassPathResource("cypher/import/" + script + ".cypher")).single())
				.withParameters(Map.of("rows", rows))
				.execute();
		}
		return GraphFingerprint.of(driver, NOT_EXPORTED);
	}

	private static void forEach(NodeList nodes, Consumer<Element> action) {
		for (int i = 0; i < nodes.getLength(); i++) {
			action.accept((Element) nodes.item(i));
		}
	}

}
