package org.entente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as {@code java -jar entente.jar generate ...} runs it: the application without a web server,
 * so that nothing only the web needs (filters, security) is asked for there.
 */
class CommandLineTests {

	@TempDir
	Path dir;

	@Test
	void generateRunsWithoutAWebServerAndExitsZero() throws IOException {
		Path world = this.dir.resolve("world");

		int exit = EntenteApplication.runCommand("generate", "XS", world.toString(),
				"--entente.neo4j.embedded.data-dir=" + this.dir.resolve("data"), "--entente.seed.enabled=false",
				"--spring.main.banner-mode=off");

		assertThat(exit).isZero();
		try (Stream<Path> files = Files.list(world)) {
			assertThat(files).isNotEmpty();
		}
	}

}
