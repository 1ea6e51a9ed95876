package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.entente.cypher.CypherScript;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away Neo4j (the test harness, without its web server or plugins) holding what a console user loads by hand:
 * {@code schema.cypher}, the reference tables and the seed's Cypher script. One server for the JVM, started by the
 * first test tier below the whole app that asks for it; the slices only read it.
 */
public final class SeedNeo4j {

	/** In the order the app applies them (ReferenceData): the schema, then each folder's files by name. */
	private static final String[] SCRIPTS = { "classpath:cypher/schema.cypher", "classpath*:cypher/reference/*.cypher",
			"classpath*:cypher/seed/*.cypher" };

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
			for (String pattern : SCRIPTS) {
				for (Resource script : scripts(pattern)) {
					// One transaction per statement: Neo4j does not mix schema and data changes in one transaction.
					CypherScript.of(script).statements()
						.forEach(statement -> server.defaultDatabaseService().executeTransactionally(statement));
				}
			}
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		}
		return server.boltURI();
	}

	private static List<Resource> scripts(String pattern) {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
