package org.entente;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application as a user starts it: schema, reference tables and the seed article, in a fresh folder. */
public abstract class IntegrationTest extends ApiTest {

	private static final Path DATA_DIR = newDataDir("entente-test-data");

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

}
