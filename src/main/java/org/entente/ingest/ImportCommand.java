package org.entente.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar entente.jar import [--format gdelt|atop|cow] FILE...}: imports data files of a format (see
 * {@link #importFormat}), or dossier files (each a dossier or a JSON array of them, or a
 * CSV table: see {@link CsvDossiers}) into
 * the database in ENTENTE_DATA_DIR (or ENTENTE_NEO4J_URI), showing rows, rate and time left. All files are checked
 * before anything is written; any error is printed with its file and JSON pointer, and nothing is imported. Then
 * each file is written in a transaction of its own.
 */
@Component
@ConditionalOnProperty(name = "entente.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final DossierImporter importer;

	private final JsonMapper json;

	private final PrintStream out = System.out;

	private int exitCode;

	private final CsvDossiers csv;

	private final GdeltImporter gdelt;

	private final AllianceImporter alliances;

	private final FtmImporter ftm;

	ImportCommand(DossierImporter importer, GdeltImporter gdelt, AllianceImporter alliances, FtmImporter ftm,
			JsonMapper json) {
		this.importer = importer;
		this.gdelt = gdelt;
		this.alliances = alliances;
		this.ftm = ftm;
		this.json = json;
		this.csv = new CsvDossiers(json);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
		String format = null;
		if (args.containsOption("format")) {
			// --format=gdelt, or --format gdelt: then the format is the first word after the command.
			List<String> values = args.getOptionValues("format");
			format = values.isEmpty() ? (files.isEmpty() ? "" : files.get(0)) : values.get(0);
			files = values.isEmpty() && !files.isEmpty() ? files.subList(1, files.size()) : files;
		}
		if (files.isEmpty()) {
			fail("Usage: java -jar entente.jar import [--format " + String.join("|", ImportController.FORMATS) + "] FILE...");
			return;
		}
		if (format != null) {
			importFormat(format, files);
			return;
		}
		long started = System.nanoTime();
		// First every file is checked, in order (a roster before its facts), so an error anywhere writes nothing.
		// Then each file is read again and written in a transaction of its own: a large import need not fit in
		// memory at once.
		Map<String, String> declared = new HashMap<>();
		long total = 0;
		int errors = 0;
		for (String file : files) {
			Map<String, JsonNode> dossiers = read(file);
			if (dossiers == null) {
				return;
			}
			try {
				total += this.importer.check(dossiers, declared).stream().mapToLong(DossierImporter::rows).sum();
			}
			catch (InvalidDossierException ex) {
				ex.errors().forEach(error -> System.err.println(error.pointer() + ": " + error.reason()));
				errors += ex.errors().size();
			}
		}
		if (errors > 0) {
			fail("Nothing was imported: " + errors + " error(s).");
			return;
		}
		long[] done = { 0 };
		long facts = 0;
		int imported = 0;
		for (String file : files) {
			Map<String, JsonNode> dossiers = read(file);
			if (dossiers == null) {
				return;
			}
			ImportOrigin origin = origin(file);
			if (origin == null) {
				return;
			}
			long before = done[0];
			long all = total;
			for (ImportResult result : this.importer.importAll(dossiers,
					(rows, fileRows) -> progress(started, done[0] = before + rows, all), origin)) {
				this.out.printf("%n%s: %d entities, %d facts; created %d nodes, %d relationships", result.sourceId(),
						result.entities(), result.facts(), result.nodesCreated(), result.relationshipsCreated());
				facts += result.facts();
				imported++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		this.out.printf("%nImported %,d facts from %d dossiers in %.1f s (%,.0f facts/s)%n", facts, imported, seconds,
				facts / seconds);
	}

	/**
	 * Imports files of a format (GDELT 2.0 Events, ATOP or COW alliance members, FollowTheMoney entities): every
	 * file is checked first, and an error anywhere imports nothing; then each file is imported, all or nothing, with
	 * progress, and what was skipped, by reason.
	 */
	private void importFormat(String format, List<String> files) {
		if (!ImportController.FORMATS.contains(format)) {
			fail("--format: must be one of " + String.join(", ", ImportController.FORMATS));
			return;
		}
		long started = System.nanoTime();
		long errors = 0;
		long total = 0;
		for (String file : files) {
			try {
				total += check(format, file);
			}
			catch (InvalidFileException ex) {
				ex.errors().forEach(error -> System.err.printf("%s:%d:%d%s: %s%n", error.file(), error.line(),
						error.column(), error.field() != null ? " (" + error.field() + ")" : "", error.reason()));
				if (ex.errorCount() > ex.errors().size()) {
					System.err.printf("%s: %,d more error(s)%n", file, ex.errorCount() - ex.errors().size());
				}
				errors += ex.errorCount();
			}
		}
		if (errors > 0) {
			fail("Nothing was imported: " + errors + " error(s).");
			return;
		}
		long facts = 0;
		long before = 0;
		for (String file : files) {
			ImportOrigin origin = origin(format, file);
			if (origin == null) {
				return;
			}
			long done = before;
			long all = total;
			LongConsumer progress = lines -> progress(started, done + lines, all);
			Map<String, Long> skipped;
			if (format.equals("gdelt")) {
				GdeltImporter.Result result = this.gdelt.importFile(Path.of(file), file, origin, progress);
				before += result.lines();
				facts += result.facts();
				skipped = result.skipped();
				this.out.printf("%n%s: %,d lines, %,d events between two countries, %,d facts; created %d nodes, %d relationships%n",
						file, result.lines(), result.events(), result.facts(), result.nodesCreated(), result.relationshipsCreated());
			}
			else if (format.equals("ftm")) {
				FtmImporter.Result result = this.ftm.importFile(Path.of(file), file, origin, progress);
				before += result.lines();
				facts += result.facts();
				skipped = result.skipped();
				this.out.printf("%n%s: %,d lines, %,d entities, %,d facts; created %d nodes, %d relationships%n", file,
						result.lines(), result.entities(), result.facts(), result.nodesCreated(), result.relationshipsCreated());
			}
			else {
				AllianceImporter.Result result = this.alliances.importFile(dataset(format), Path.of(file), file, origin,
						progress);
				before += result.lines();
				facts += result.memberships();
				skipped = result.skipped();
				this.out.printf("%n%s: %,d lines, %,d members with an ISO country, %,d alliances, %,d memberships; created %d nodes, %d relationships%n",
						file, result.lines(), result.members(), result.alliances(), result.memberships(),
						result.nodesCreated(), result.relationshipsCreated());
			}
			skipped.forEach((reason, count) -> this.out.printf("  skipped %,d: %s%n", count, reason));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		this.out.printf("Imported %,d %s from %d files in %.1f s (%,.0f facts/s)%n", facts,
				format.equals("cow") || format.equals("atop") ? "memberships" : "facts", files.size(), seconds,
				facts / seconds);
	}

	/** Checks a file of the format; its lines. */
	private long check(String format, String file) {
		return switch (format) {
			case "gdelt" -> this.gdelt.check(Path.of(file), file).lines();
			case "ftm" -> this.ftm.check(Path.of(file), file);
			default -> this.alliances.check(dataset(format), Path.of(file), file).lines();
		};
	}

	static AllianceMembers.Dataset dataset(String format) {
		return AllianceMembers.Dataset.valueOf(format.toUpperCase(java.util.Locale.ROOT));
	}

	/** The dossiers in a file, each under its file name and JSON pointer; null (and a message) if unreadable. */
	private Map<String, JsonNode> read(String file) {
		Map<String, JsonNode> dossiers = new LinkedHashMap<>();
		try {
			if (file.endsWith(".csv")) {
				try (Reader reader = Files.newBufferedReader(Path.of(file))) {
					this.csv.read(reader).forEach((sourceId, dossier) -> dossiers.put(file + "[" + sourceId + "]#", dossier));
				}
			}
			else {
				dossiers.putAll(DossierImporter.byPointer(this.json.readTree(Files.readString(Path.of(file))), file + "#"));
			}
			return dossiers;
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			fail(file + ": cannot read it: " + ex.getMessage());
			return null;
		}
	}

	/** Who imports the file and its hash, for the audit trail; null (and a message) if unreadable. */
	private ImportOrigin origin(String file) {
		return origin("cli", file);
	}

	private ImportOrigin origin(String kind, String file) {
		try {
			return ImportOrigin.cli(kind, Path.of(file));
		}
		catch (IOException ex) {
			fail(file + ": cannot read it: " + ex.getMessage());
			return null;
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
