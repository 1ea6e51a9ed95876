package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference import: what a user of the bare Java driver would write, {@code UNWIND $rows MERGE} of entities and
 * facts with their ties, one transaction per dossier file, into a fresh in-process Neo4j with unique ids. No
 * checks, no sources, no event types: only the writing.
 */
final class DriverImport implements AutoCloseable {

	private static final String ENTITIES = """
			UNWIND $rows AS row
			MERGE (e:Entity {id: row.id}) SET e.name = row.name, e.type = row.type""";

	private static final String FACTS = """
			UNWIND $rows AS row
			MERGE (f:Fact {id: row.id}) SET f += row.props
			FOREACH (id IN row.from | MERGE (x:Entity {id: id}) MERGE (x)-[:ACTOR_IN]->(f))
			FOREACH (id IN row.to | MERGE (y:Entity {id: id}) MERGE (f)-[:TARGETS]->(y))""";

	private final Neo4j neo4j;

	private final Driver driver;

	private final JsonMapper json = JsonMapper.builder().build();

	DriverImport(Path dir) {
		// The same page cache as Entente's default (application.properties), not the harness's 8 MB.
		this.neo4j = Neo4jBuilders.newInProcessBuilder(dir)
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.gibiBytes(2))
			.build();
		this.driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
		try (Session session = this.driver.session()) {
			session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
			session.run("CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
		}
	}

	/** Writes the files, one transaction each; answers the facts written. */
	long importFiles(List<Path> files) {
		long facts = 0;
		for (Path file : files) {
			JsonNode dossier = read(file);
			List<Map<String, Object>> entities = new ArrayList<>();
			dossier.get("entities").forEach(e -> entities.add(Map.of("id", e.get("id").asString(), "type",
					e.get("type").asString(), "name", e.path("name").asString(""))));
			List<Map<String, Object>> rows = new ArrayList<>();
			dossier.get("facts").forEach(f -> rows.add(factRow(f)));
			try (Session session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> {
					tx.run(ENTITIES, Map.of("rows", entities)).consume();
					tx.run(FACTS, Map.of("rows", rows)).consume();
				});
			}
			facts += rows.size();
		}
		return facts;
	}

	private static Map<String, Object> factRow(JsonNode fact) {
		Map<String, Object> props = new LinkedHashMap<>();
		fact.properties().forEach(field -> {
			if (field.getValue().isValueNode()) {
				props.put(field.getKey(), field.getValue().isNumber() ? field.getValue().numberValue()
						: field.getValue().isBoolean() ? field.getValue().asBoolean() : field.getValue().asString());
			}
		});
		List<String> from = new ArrayList<>();
		List<String> to = new ArrayList<>();
		for (String field : List.of("giver", "official", "actors")) {
			fact.path(field).valueStream().forEach(v -> from.add(v.asString()));
			if (fact.path(field).isString()) {
				from.add(fact.get(field).asString());
			}
		}
		for (String field : List.of("recipient", "military", "targets", "honors")) {
			fact.path(field).valueStream().forEach(v -> to.add(v.asString()));
			if (fact.path(field).isString()) {
				to.add(fact.get(field).asString());
			}
		}
		return Map.of("id", fact.get("id").asString(), "props", props, "from", from, "to", to);
	}

	private JsonNode read(Path file) {
		try {
			return this.json.readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException(file + ": " + ex.getMessage(), ex));
		}
	}

	@Override
	public void close() {
		this.driver.close();
		this.neo4j.close();
	}

}
