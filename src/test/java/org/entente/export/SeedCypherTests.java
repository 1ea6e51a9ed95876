package org.entente.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed dossier is the one source of the seed. The console's Cypher version is the Cypher export of what the app
 * loaded from it, and must match, character for character. The build makes it: when the dossier (or the export)
 * changes, this test writes the new script in place and fails once, so that the change is seen and committed.
 * <p>
 * It runs first of all (its {@link Order}), on the seed as loaded: the docs' examples that follow write to the same
 * database (POST /api/network/blocs sets a bloc on Myanmar and Russia).
 */
@Order(0)
class SeedCypherTests extends IntegrationTest {

	static final Path SEED = Path.of("cypher/seed/000_myanmar_russia_honors_2024-03-30.cypher");

	static final String HEADER = """
			// Seed, for the console: the facts of one news article (2024-03-30) on Myanmar's junta and Russia exchanging
			// military honors. GENERATED from dossiers/seed/000_myanmar_russia_honors_2024-03-30.json (the one source of
			// the seed, which the app loads) by exporting what it puts in the graph; SeedCypherTests checks they match.
			// Do not edit: edit the dossier and run ./mvnw verify, which writes this file anew.
			// Run schema.cypher and reference/*.cypher first. Idempotent: running it again adds nothing.
			// Parameters: none.
			""";

	@Autowired
	ExportService exports;

	@Test
	void theConsoleSeedIsTheExportOfTheSeedDossier() throws Exception {
		String generated = this.exports.sourceAsCypher("src-article-000-c0b8e9393a674a5f", HEADER);
		String committed = Files.readString(SEED, StandardCharsets.UTF_8);

		if (!generated.equals(committed)) {
			Files.writeString(SEED, generated, StandardCharsets.UTF_8);
			assertThat(committed).as("%s was out of date and is now written anew from the seed dossier: commit it", SEED)
				.isEqualTo(generated);
		}
	}

}
