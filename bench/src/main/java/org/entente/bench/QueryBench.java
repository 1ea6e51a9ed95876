package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Each query through Entente's REST API next to its bare-driver reference on the same endpoints, alternating so
 * both see the same cache state: shortest paths against {@code shortestPath}, and cooperation strength, partners and
 * the matrix against the on-the-fly query over the facts (cypher/queries/cooperation.cypher, which gives the same
 * answer without rollups).
 */
final class QueryBench {

	/**
	 * The naive shortest path: the same kinds of ties as Entente's, without its checks on dates, hostility and
	 * treaties in force. (With every type, it would run through the sources and event types, which tie everything
	 * in two hops and mean nothing.)
	 */
	private static final String SHORTEST_PATH = """
			MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
			MATCH p = shortestPath((a)-[:OF_COUNTRY|PART_OF|HOLDS|IN|CONFERRED|AWARDED_TO|OF_HONOR|AWARDED_BY|ACTOR_IN|TARGETS|PARTY_TO|MEMBER_OF*..6]-(b))
			RETURN p""";

	/** The longest a request may take; longer ones are cut off and counted at this. */
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final EntenteProcess app;

	private final Driver driver;

	private final Pairs pairs;

	private final String onTheFly;

	QueryBench(EntenteProcess app, Driver driver, Pairs pairs) {
		this.app = app;
		this.driver = driver;
		this.pairs = pairs;
		try {
			this.onTheFly = Files.readString(Path.of("cypher", "queries", "cooperation.cypher"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void measure(Map<String, Object> results) {
		Map<String, Object> queries = new LinkedHashMap<>();
		String asOf = this.pairs.asOf().toString();
		queries.put("paths_shortest", compare("paths_shortest", 300, () -> this.pairs.two(true),
				p -> "/api/paths?k=1&maxHops=6&mode=shortest&asOf=" + asOf + "&from=" + p[0] + "&to=" + p[1],
				p -> cypher(SHORTEST_PATH, Map.of("a", p[0], "b", p[1]))));
		queries.put("strength", compare("strength", 300, () -> this.pairs.two(false),
				p -> "/api/cooperation?asOf=" + asOf + "&a=" + p[0] + "&b=" + p[1],
				p -> cooperation(List.of(p[0]), List.of(p[1]))));
		queries.put("partners", compare("partners", 200, () -> new String[] { this.pairs.country() },
				p -> "/api/cooperation/partners?top=10&asOf=" + asOf + "&of=" + p[0],
				p -> cooperation(List.of(p[0]), null)));
		List<String> all = this.pairs.countries();
		String countries = URLEncoder.encode(String.join(",", all), StandardCharsets.UTF_8);
		queries.put("matrix", compare("matrix", 10, () -> new String[0],
				p -> "/api/cooperation/matrix?asOf=" + asOf + "&countries=" + countries, p -> cooperation(all, all)));
		results.put("queries", queries);
	}

	/**
	 * Strongest paths, measured last: a request cut off at the time limit goes on in the app until it ends, and
	 * would slow every figure after it.
	 */
	void measureStrongest(Map<String, Object> results) {
		String asOf = this.pairs.asOf().toString();
		@SuppressWarnings("unchecked")
		Map<String, Object> queries = (Map<String, Object>) results.get("queries");
		queries.put("paths_strongest", compare("paths_strongest", 2, () -> this.pairs.two(true),
				p -> "/api/paths?k=1&maxHops=6&mode=strongest&asOf=" + asOf + "&from=" + p[0] + "&to=" + p[1],
				p -> cypher(SHORTEST_PATH, Map.of("a", p[0], "b", p[1]))));
	}

	private Map<String, Object> compare(String name, int samples, Supplier<String[]> endpoints,
			Function<String[], String> rest, Function<String[], Integer> reference) {
		Latencies entente = new Latencies();
		Latencies driver = new Latencies();
		int timeouts = 0;
		int driverErrors = 0;
		String lastError = null;
		int warmup = Math.max(1, Math.min(20, samples / 5));
		// A slow query gets a time budget: at least 3 samples, then stop once 3 minutes are spent.
		long budget = System.nanoTime() + 180_000_000_000L;
		for (int i = 0; i < warmup + samples && (i < warmup + 3 || System.nanoTime() < budget); i++) {
			String[] p = endpoints.get();
			long started = System.nanoTime();
			try {
				Http.get(this.app.url(rest.apply(p)), TIMEOUT);
			}
			catch (UncheckedIOException ex) {
				// Counted at the time limit: the figures are then lower bounds.
				timeouts++;
			}
			long took = System.nanoTime() - started;
			started = System.nanoTime();
			boolean referenceFailed = false;
			try {
				reference.apply(p);
			}
			catch (RuntimeException ex) {
				// At L the on-the-fly query can exceed Neo4j's transaction memory limit: a finding, not a crash.
				referenceFailed = true;
				driverErrors++;
				lastError = ex.getMessage();
			}
			long referenceTook = System.nanoTime() - started;
			if (i >= warmup) {
				entente.add(took);
				if (!referenceFailed) {
					driver.add(referenceTook);
				}
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.putAll(entente.summary("entente"));
		result.putAll(driver.summary("driver"));
		result.put("samples", entente.count());
		if (driverErrors > 0) {
			result.put("driver_errors", driverErrors);
			result.put("driver_error", lastError);
		}
		if (timeouts > 0) {
			result.put("entente_timeouts", timeouts);
			result.put("note", "requests cut off at " + TIMEOUT.toSeconds() + " s count as " + TIMEOUT.toSeconds()
					+ " s: the Entente figures are lower bounds");
		}
		result.put("warmup", warmup);
		BenchmarkSuite.log("%s: %s", name, result);
		return result;
	}

	private int cypher(String query, Map<String, Object> params) {
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(query, params).list().size());
		}
	}

	private int cooperation(List<String> as, List<String> bs) {
		Map<String, Object> params = new HashMap<>();
		params.put("as", as);
		params.put("bs", bs);
		params.put("asOf", this.pairs.asOf());
		params.put("halfLifeDays", 365);
		return cypher(this.onTheFly, params);
	}

}
