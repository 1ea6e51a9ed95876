package org.entente.neo4j;

import java.nio.file.Path;

import org.entente.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With ENTENTE_NEO4J_URI set, the app starts no server of its own and loads schema and seed into the external one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "entente.security.editor.password=" + ApiTest.EDITOR_PASSWORD,
				"entente.security.admin.password=" + ApiTest.ADMIN_PASSWORD })
class ExternalNeo4jTests {

	private static final Neo4j external = Neo4jBuilders
		.newInProcessBuilder(Path.of(System.getProperty("java.io.tmpdir")))
		.withDisabledServer()
		.build();

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@DynamicPropertySource
	static void externalUri(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.uri", () -> external.boltURI().toString());
		registry.add("spring.neo4j.uri", () -> external.boltURI().toString());
	}

	@AfterAll
	static void stopExternal() {
		external.close();
	}

	@Test
	void usesTheExternalServerInsteadOfStartingOne() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		long countries = external.defaultDatabaseService()
			.executeTransactionally("MATCH (c:Country) RETURN count(c) AS n", java.util.Map.of(),
					result -> (Long) result.next().get("n"));
		assertThat(countries).isEqualTo(249);
		assertThat(this.driver.executableQuery("MATCH (f:Fact) RETURN count(f) AS n").execute().records().get(0).get("n").asLong())
			.isEqualTo(11);
	}

}
