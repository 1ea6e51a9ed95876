package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark suite: {@code ./mvnw -Pbench verify -Dbench.size=S|M|L}. On a synthetic world of that size it
 * measures Entente (as a child process, through its command line and REST API) next to the bare Neo4j Java driver
 * doing the naive thing on the same data in the same run, and writes bench/results/latest.json (size L;
 * latest-S.json and latest-M.json otherwise) and a dated copy.
 */
public final class BenchmarkSuite {

	private static final Pattern IMPORTED = Pattern.compile("Imported ([\\d,]+) facts .* in ([\\d.]+) s");

	private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

	private static final int WARMUP = 20;

	private final String size;

	private final Path work;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private BenchmarkSuite(String size) {
		this.size = size;
		this.work = Path.of("target", "bench", size);
	}

	public static void main(String[] args) throws Exception {
		new BenchmarkSuite(args.length > 0 ? args[0].toUpperCase(Locale.ROOT) : "L").run();
	}

	private void run() throws Exception {
		this.results.put("date", LocalDate.now().toString());
		this.results.put("size", this.size);
		List<Path> world = world();
		if (Boolean.parseBoolean(System.getProperty("bench.import", "true"))) {
			measureImport(world);
			measureGdeltImport();
		}
		else {
			carryImportOver();
		}
		try (EntenteProcess app = EntenteProcess.app(this.work.resolve("db"), this.work.resolve("app.log"));
				Driver driver = GraphDatabase.driver("bolt://localhost:" + app.boltPort,
						AuthTokens.basic("neo4j", EntenteProcess.NEO4J_PASSWORD))) {
			this.results.put("machine", machine(driver));
			this.results.put("startup_s", Latencies.round(app.startupSeconds()));
			this.results.put("rss_at_rest_mb", Latencies.round(app.rssMb()));
			log("ready in %.1f s, RSS %.0f MiB", app.startupSeconds(), app.rssMb());
			Pairs pairs = pairs(driver);
			QueryBench bench = new QueryBench(app, driver, pairs);
			bench.measure(this.results);
			this.results.put("rest", new RestLoad(app, pairs).run(60));
			bench.measureStrongest(this.results);
			this.results.put("rss_mb", Latencies.round(app.rssMb()));
			this.results.put("shutdown_s", Latencies.round(app.stop()));
		}
		write();
	}

	/** The synthetic world's dossier files, generated once per size into target/bench. */
	private List<Path> world() throws IOException {
		Path dir = this.work.resolve("world");
		if (!Files.isDirectory(dir) || files(dir).isEmpty()) {
			log("generating world %s", this.size);
			EntenteProcess.command(this.work.resolve("generator-db"), this.work.resolve("generate.log"), "generate",
					this.size, dir.toString(), "42");
		}
		return files(dir);
	}

	private void measureImport(List<Path> world) throws IOException {
		Path db = this.work.resolve("db");
		deleteTree(db);
		Path log = this.work.resolve("import.log");
		Files.deleteIfExists(log);
		log("Entente import of %d files", world.size());
		List<String> args = new ArrayList<>(List.of("import"));
		world.forEach(file -> args.add(file.toString()));
		EntenteProcess.command(db, log, args.toArray(String[]::new));
		Matcher imported = IMPORTED.matcher(Files.readString(log));
		if (!imported.find()) {
			throw new IllegalStateException("No import summary in " + log);
		}
		long facts = Long.parseLong(imported.group(1).replace(",", ""));
		double seconds = Double.parseDouble(imported.group(2));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("facts", facts);
		result.put("entente_seconds", seconds);
		result.put("entente_rows_per_s", Math.round(facts / seconds));
		log("Entente: %,d facts in %.1f s", facts, seconds);
		Path driverDb = this.work.resolve("driver-db");
		deleteTree(driverDb);
		try (DriverImport reference = new DriverImport(driverDb)) {
			long started = System.nanoTime();
			long written = reference.importFiles(world);
			double first = (System.nanoTime() - started) / 1e9;
			started = System.nanoTime();
			reference.importFiles(world);
			double again = (System.nanoTime() - started) / 1e9;
			result.put("driver_seconds", Latencies.round(first));
			result.put("driver_rows_per_s", Math.round(written / first));
			result.put("driver_remerge_rows_per_s", Math.round(written / again));
			log("driver MERGE: %,d facts in %.1f s; again in %.1f s", written, first, again);
		}
		deleteTree(driverDb);
		result.put("rows", "facts; every figure includes the entities, ties and sources written with them");
		this.results.put("import", result);
	}

	/**
	 * The GDELT importer on a generated GDELT 2.0 Events export of as many lines as the world has facts, into a
	 * database of its own (the reference tables only), beside the dossier import's rate (issue 13: at least as fast).
	 */
	private void measureGdeltImport() throws IOException {
		Path dir = this.work.resolve("gdelt");
		Path file = dir.resolve("synthetic-" + this.size + ".gdelt.tsv");
		if (!Files.exists(file)) {
			log("generating a GDELT export %s", this.size);
			EntenteProcess.command(this.work.resolve("generator-db"), this.work.resolve("generate-gdelt.log"), "generate",
					"--format=gdelt", this.size, dir.toString(), "42");
		}
		Path db = this.work.resolve("gdelt-db");
		deleteTree(db);
		Path log = this.work.resolve("import-gdelt.log");
		Files.deleteIfExists(log);
		EntenteProcess.command(db, log, "import", "--format=gdelt", file.toString());
		Matcher imported = IMPORTED.matcher(Files.readString(log));
		if (!imported.find()) {
			throw new IllegalStateException("No import summary in " + log);
		}
		long facts = Long.parseLong(imported.group(1).replace(",", ""));
		double seconds = Double.parseDouble(imported.group(2));
		Map<String, Object> result = new LinkedHashMap<>();
		try (Stream<String> lines = Files.lines(file)) {
			result.put("lines", lines.count());
		}
		result.put("facts", facts);
		result.put("entente_seconds", seconds);
		result.put("entente_facts_per_s", Math.round(facts / seconds));
		log("Entente GDELT: %,d facts in %.1f s", facts, seconds);
		deleteTree(db);
		this.results.put("gdelt_import", result);
	}

	/** Without a new import, the last measured import figures stay, with the date they were measured. */
	@SuppressWarnings("unchecked")
	private void carryImportOver() throws IOException {
		Path latest = resultsDir().resolve(latestName());
		if (Files.exists(latest)) {
			Map<?, ?> last = JsonMapper.builder().build().readValue(latest.toFile(), Map.class);
			Map<String, Object> imported = new LinkedHashMap<>((Map<String, Object>) last.get("import"));
			imported.putIfAbsent("measured", last.get("date"));
			this.results.put("import", imported);
		}
	}

	private Pairs pairs(Driver driver) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			List<String> countries = session.run("""
					MATCH (c:Country)<-[:OF_COUNTRY]-(:Military) RETURN DISTINCT c.id AS id ORDER BY id""")
				.list(r -> r.get("id").asString());
			List<String> officials = session.run("""
					MATCH (o:Official) WHERE o.id STARTS WITH 'syn-' RETURN o.id AS id ORDER BY id""")
				.list(r -> r.get("id").asString());
			return new Pairs(countries, officials, new Random(7), AS_OF);
		}
	}

	private Map<String, Object> machine(Driver driver) throws IOException {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
			.filter(line -> line.startsWith("MemTotal:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElse(0);
		machine.put("memory_gb", Latencies.round(memKb / 1024.0 / 1024.0));
		machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown"));
		machine.put("java", System.getProperty("java.version"));
		try (Session session = driver.session()) {
			machine.put("neo4j", session.run("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
				.single()
				.get("v")
				.asString());
		}
		return machine;
	}

	private static Path resultsDir() {
		return Path.of("bench", "results");
	}

	private String latestName() {
		return "L".equals(this.size) ? "latest.json" : "latest-" + this.size + ".json";
	}

	private void write() throws IOException {
		Path dir = resultsDir();
		Files.createDirectories(dir);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String text = json.writeValueAsString(this.results) + "\n";
		String latest = latestName();
		Files.writeString(dir.resolve(latest), text);
		Files.writeString(dir.resolve(LocalDate.now() + "-" + this.size + ".json"), text);
		log("wrote bench/results/%s%n%s", latest, text);
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted((x, y) -> y.compareTo(x)).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[bench %s] " + format + "%n", Stream.concat(Stream.of(LocalTime.now().withNano(0)),
				Stream.of(args)).toArray());
	}

}
