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
		// The seed and the tests' dossiers need a few MB. A console query that builds too much then meets the cap
		// after 512 MB rather than 3 GB: a loaded machine (measured at a load of 8 on two cores) took over the 5 s
		// time limit to build 3 GB, and the test of the memory cap met the time limit instead.
		registry.add("entente.neo4j.embedded.transaction-memory", () -> "512MB");
	}

}
