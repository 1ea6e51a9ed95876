package org.entente;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			// The command line importer: no web server, and Neo4j on free ports, so only the data folder is shared.
			SpringApplication application = new SpringApplication(EntenteApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			String[] withOptions = Stream.concat(Arrays.stream(args), Stream.of("--entente.command=import",
					"--server.port=0", "--entente.neo4j.embedded.bolt-port=0", "--entente.neo4j.embedded.http-port=0"))
				.toArray(String[]::new);
			System.exit(SpringApplication.exit(application.run(withOptions)));
		}
		SpringApplication.run(EntenteApplication.class, args);
	}

}
