package org.entente.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
		Response export = get("/api/export?format=json");
		Map<String, Object> document = json.readValue(export.body(), Map.class);

		List<String> fresh = inFreshDatabase(driver -> {
			for (String list : List.of("nodes", "relationships")) {
				List<Object> rows = (List<Object>) GraphJson.decode(document.get(list));
				String script = list.equals("nodes") ? "graph-nodes" : "graph-relationships";
				driver.executableQuery(CypherScript.of(new ClassPathResource("cypher/import/" + script + ".cypher")).single())
					.withParameters(Map.of("rows", rows))
					.execute();
			}
		});

		assertThat(fresh).hasSizeGreaterThan(500).isEqualTo(GraphFingerprint.of(this.driver, NOT_EXPORTED));
	}

	@Test
	void cypherExportGivesTheSameGraphInAFreshDatabase() {
		Response export = get("/api/export?format=cypher");

		List<String> fresh = inFreshDatabase(driver -> CypherScript.parse("export.cypher", export.body())
			.statements()
			.forEach(statement -> driver.executableQuery(statement).execute()));

		assertThat(export.body()).contains("date('2019-01-01')");
		assertThat(fresh).isEqualTo(GraphFingerprint.of(this.driver, NOT_EXPORTED));
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

	private List<String> inFreshDatabase(Consumer<Driver> load) {
		try (EmbeddedNeo4j fresh = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(this.freshDir, "localhost", 0, 0, DataSize.ofMegabytes(64)), 0);
				Driver driver = GraphDatabase.driver(fresh.boltUri(), fresh.authToken())) {
			CypherScript.of(new ClassPathResource("cypher/schema.cypher"))
				.statements()
				.forEach(statement -> driver.executableQuery(statement).execute());
			load.accept(driver);
			return GraphFingerprint.of(driver, NOT_EXPORTED);
		}
	}


	private static void forEach(NodeList nodes, Consumer<Element> action) {
		for (int i = 0; i < nodes.getLength(); i++) {
			action.accept((Element) nodes.item(i));
		}
	}

}
