package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line importer, on the application's own importer. */
class ImportCommandTests extends FixtureTest {

	@Autowired
	DossierImporter importer;

	@Autowired
	GdeltImporter gdelt;

	@Autowired
	AllianceImporter alliances;

	@Autowired
	JsonMapper json;

	@TempDir
	Path dir;

	@Test
	void importsFilesAndExitsZero() {
		ImportCommand command = new ImportCommand(this.importer, this.gdelt, this.alliances, this.json);

		command.run(new DefaultApplicationArguments("import", "dossiers/examples/fictional-exchange.json"));

		assertThat(command.getExitCode()).isZero();
		assertThat(this.driver.executableQuery("MATCH (s:Source {id: 'src-example-fictional-exchange'}) RETURN s")
			.execute()
			.records()).hasSize(1);
	}

	@Test
	void anInvalidFileImportsNothingAndExitsOne() throws Exception {
		Path bad = this.dir.resolve("bad.json");
		Files.writeString(bad, Files.readString(Path.of("dossiers/examples/fictional-exchange.json"))
			.replace("src-example-fictional-exchange", "src-cli-never")
			.replace("\"cameo\": \"0312\"", "\"cameo\": \"0999\""));
		ImportCommand command = new ImportCommand(this.importer, this.gdelt, this.alliances, this.json);

		command.run(new DefaultApplicationArguments("import", bad.toString()));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(this.driver.executableQuery("MATCH (s:Source {id: 'src-cli-never'}) RETURN s").execute().records())
			.isEmpty();
	}

}
