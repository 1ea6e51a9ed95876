package org.entente.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed dossier is the one source of the seed. The console's Cypher version is the Cypher export of what the app
 * loaded from it, and must match, character for character. When the dossier changes, this test writes the new
 * script to target/ and says where to copy it.
 */
class SeedCypherTests extends IntegrationTest {

	static final Path SEED = Path.of("cypher/seed/000_myanmar_russia_honors_2024-03-30.cypher");

	static final String HEADER = """
			// Seed, for the console: the facts of one news article (2024-03-30) on Myanmar's junta and Russia exchanging
			// military honors. GENERATED from dossiers/seed/000_myanmar_russia_honors_2024-03-30.json (the one source of
			// the seed, which the app loads) by exporting what it puts in the graph; SeedCypherTests checks they match.
			// Do not edit: edit the dossier, run the tests, and copy the script they write to target/.
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
			Path fresh = Path.of("target/generated-seed.cypher");
			Files.writeString(fresh, generated, StandardCharsets.UTF_8);
			assertThat(committed).as("%s is out of date: cp %s %s", SEED, fresh, SEED).isEqualTo(generated);
		}
	}

}
