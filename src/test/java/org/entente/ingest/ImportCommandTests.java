package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line importer, on the application's own importer. */
class ImportCommandTests extends FixtureTest {

	/** A command of its own per run, as main makes one: its exit code is its own. */
	@Autowired
	AutowireCapableBeanFactory beans;

	@TempDir
	Path dir;

	@Test
	void importsFilesAndExitsZero() {
		ImportCommand command = this.beans.createBean(ImportCommand.class);

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
		ImportCommand command = this.beans.createBean(ImportCommand.class);

		command.run(new DefaultApplicationArguments("import", bad.toString()));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(this.driver.executableQuery("MATCH (s:Source {id: 'src-cli-never'}) RETURN s").execute().records())
			.isEmpty();
	}

}
