package org.entente;

import java.nio.file.Path;

import org.entente.cooperation.DyadRollups;
import org.entente.cypher.CypherScript;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The application on its own embedded Neo4j holding the schema, the reference tables and the hand-computed
 * analytics fixture ({@code fixtures/analytics.cypher}) instead of the seed.
 */
@TestPropertySource(properties = "entente.seed.enabled=false")
public abstract class FixtureTest extends ApiTest {

	private static final Path FIXTURE_DATA_DIR = newDataDir("entente-fixture-data");

	private static boolean loaded;

	@Autowired
	protected Driver driver;

	@Autowired
	DyadRollups rollups;

	@DynamicPropertySource
	static void fixtureDataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", FIXTURE_DATA_DIR::toString);
	}

	@BeforeEach
	void loadFixture() {
		if (!loaded) {
			CypherScript.of(new ClassPathResource("fixtures/analytics.cypher"))
				.statements()
				.forEach(statement -> this.driver.executableQuery(statement).execute());
			// The fixture is written by plain Cypher, not imported: count its facts into the rollups.
			this.rollups.rebuild();
			loaded = true;
		}
	}

}
