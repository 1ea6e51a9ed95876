package org.entente.ingest;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.entente.cypher.CypherQueries;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar entente.jar generate [--format=gdelt] XS|S|M|L DIR [SEED]}: writes a synthetic world as dossier
 * files (or one GDELT 2.0 Events export) into DIR, for
 * {@code import} into a database of its own (never one of real facts).
 */
@Component
@ConditionalOnProperty(name = "entente.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

	private final Neo4jClient neo4j;

	private final String countriesQuery;

	private final JsonMapper json;

	private int exitCode;

	GenerateCommand(Neo4jClient neo4j, CypherQueries queries, JsonMapper json) {
		this.neo4j = neo4j;
		this.countriesQuery = queries.get("iso-countries");
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.size() < 3) {
			System.err.println("Usage: java -jar entente.jar generate XS|S|M|L DIR [SEED]");
			this.exitCode = 1;
			return;
		}
		SyntheticWorld.Size size = SyntheticWorld.Size.valueOf(words.get(1).toUpperCase(Locale.ROOT));
		Path dir = Path.of(words.get(2));
		long seed = (words.size() > 3) ? Long.parseLong(words.get(3)) : 42L;
		List<String> countries = this.neo4j.query(this.countriesQuery).fetchAs(String.class).all().stream().toList();
		if (args.containsOption("format")) {
			generateGdelt(size, dir, seed, countries);
			return;
		}
		List<ObjectNode> dossiers = new SyntheticWorld(size, seed, countries).dossiers();
		try {
			Files.createDirectories(dir);
			for (int i = 0; i < dossiers.size(); i++) {
				Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%s-%03d.json", size, i));
				this.json.writeValue(file.toFile(), dossiers.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.printf("Wrote %d dossiers (%,d facts) to %s%n", dossiers.size(), size.facts, dir);
	}

	/** {@code generate --format=gdelt SIZE DIR [SEED]}: one GDELT 2.0 Events export of as many lines as the size's facts. */
	private void generateGdelt(SyntheticWorld.Size size, Path dir, long seed, List<String> countries) {
		Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%s.gdelt.tsv", size));
		try {
			Files.createDirectories(dir);
			try (Writer out = Files.newBufferedWriter(file)) {
				new SyntheticGdelt(size.facts, seed, countries).write(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.printf("Wrote %,d GDELT lines to %s%n", size.facts, file);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
