package org.entente;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

	/** {@code import FILE...} and {@code generate SIZE DIR [SEED]}: see docs/api.md. */
	private static final Set<String> COMMANDS = Set.of("import", "generate");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(EntenteApplication.class, args);
	}

	/**
	 * Runs a command line tool to its end: no web server, and Neo4j on free ports, so only the data folder is shared.
	 * @return the exit code
	 */
	static int runCommand(String... args) {
		SpringApplication application = new SpringApplication(EntenteApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] withOptions = Stream.concat(Arrays.stream(args), Stream.of("--entente.command=" + args[0],
				"--server.port=0", "--entente.neo4j.embedded.bolt-port=0", "--entente.neo4j.embedded.http-port=0"))
			.toArray(String[]::new);
		return SpringApplication.exit(application.run(withOptions));
	}

}
