package org.entente.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.entente.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on its own embedded Neo4j holding the schema, the reference tables and the calibration set
 * (dossiers/calibration) instead of the seed. Test classes that extend it share one context, so one database.
 */
@TestPropertySource(properties = "entente.seed.enabled=false")
abstract class CalibrationTest extends ApiTest {

	static final Path SET = Path.of("dossiers/calibration");

	private static final Path DATA_DIR = newDataDir("entente-calibration-data");

	private static boolean loaded;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

	@BeforeEach
	void importTheSet() {
		if (!loaded) {
			Response response = post("/api/dossiers", "[" + String.join(",", dossiers().stream().map(CalibrationTest::read).toList()) + "]");
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			loaded = true;
		}
	}

	static List<Path> dossiers() {
		try (Stream<Path> files = Files.list(SET)) {
			return files.filter(f -> f.getFileName().toString().matches("[a-z]-\\d+-.*\\.json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
