package org.entente;

import java.net.URI;

import org.entente.cypher.CypherScript;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away Neo4j (the test harness, without its web server or plugins) holding what a console user loads by hand:
 * {@code schema.cypher}, the reference tables and the seed's Cypher script. One server for the JVM, started by the
 * first test tier below the whole app that asks for it; the slices only read it.
 */
public final class SeedNeo4j {

	private static final String[] SCRIPTS = { "cypher/schema.cypher", "cypher/reference/cameo.cypher",
			"cypher/reference/countries.cypher", "cypher/reference/weights.cypher",
			"cypher/seed/000_myanmar_russia_honors_2024-03-30.cypher" };

	private static Neo4j server;

	private SeedNeo4j() {
	}

	/** Points Spring's driver at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> boltUri().toString());
	}

	static synchronized URI boltUri() {
		if (server == null) {
			server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			for (String script : SCRIPTS) {
				// One transaction per statement: Neo4j does not mix schema and data changes in one transaction.
				CypherScript.of(new ClassPathResource(script)).statements()
					.forEach(statement -> server.defaultDatabaseService().executeTransactionally(statement));
			}
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		}
		return server.boltURI();
	}

}
