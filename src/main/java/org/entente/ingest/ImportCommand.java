package org.entente.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar entente.jar import FILE...}: imports dossier files (each a dossier or a JSON array of them, or a
 * CSV table: see {@link CsvDossiers}) into
 * the database in ENTENTE_DATA_DIR (or ENTENTE_NEO4J_URI), showing rows, rate and time left. All files are checked
 * before anything is written; any error is printed with its file and JSON pointer, and nothing is imported.
 */
@Component
@ConditionalOnProperty(name = "entente.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final DossierImporter importer;

	private final JsonMapper json;

	private final PrintStream out = System.out;

	private int exitCode;

	private final CsvDossiers csv;

	ImportCommand(DossierImporter importer, JsonMapper json) {
		this.importer = importer;
		this.json = json;
		this.csv = new CsvDossiers(json);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
		if (files.isEmpty()) {
			fail("Usage: java -jar entente.jar import FILE...");
			return;
		}
		long started = System.nanoTime();
		Map<String, JsonNode> dossiers = new LinkedHashMap<>();
		for (String file : files) {
			try {
				if (file.endsWith(".csv")) {
					try (Reader reader = Files.newBufferedReader(Path.of(file))) {
						this.csv.read(reader).forEach((sourceId, dossier) -> dossiers.put(file + "[" + sourceId + "]#", dossier));
					}
					continue;
				}
				dossiers.putAll(DossierImporter.byPointer(this.json.readTree(Files.readString(Path.of(file))), file + "#"));
			}
			catch (IOException | JacksonException | IllegalArgumentException ex) {
				fail(file + ": cannot read it: " + ex.getMessage());
				return;
			}
		}
		try {
			List<ImportResult> results = this.importer.importAll(dossiers, (done, total) -> progress(started, done, total));
			this.out.println();
			results.forEach(result -> this.out.printf("%s: %d entities, %d facts; created %d nodes, %d relationships%n",
					result.sourceId(), result.entities(), result.facts(), result.nodesCreated(),
					result.relationshipsCreated()));
			long facts = results.stream().mapToLong(ImportResult::facts).sum();
			double seconds = (System.nanoTime() - started) / 1e9;
			this.out.printf("Imported %,d facts from %d dossiers in %.1f s (%,.0f facts/s)%n", facts, results.size(),
					seconds, facts / seconds);
		}
		catch (InvalidDossierException ex) {
			ex.errors().forEach(error -> System.err.println(error.pointer() + ": " + error.reason()));
			fail("Nothing was imported: " + ex.errors().size() + " error(s).");
		}
	}

	private void progress(long started, long done, long total) {
		double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
		double rate = done / seconds;
		long left = (rate > 0) ? Math.round((total - done) / rate) : 0;
		this.out.printf("\r%,d / %,d rows  %,.0f rows/s  %s left   ", done, total, rate, Duration.ofSeconds(left)
			.toString()
			.substring(2)
			.toLowerCase());
	}

	private void fail(String message) {
		System.err.println(message);
		this.exitCode = 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
