package org.entente.web.fuzz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated requests over every endpoint and parameter of docs/api.md (issue #11), each property a batch from a
 * fixed seed: whatever is asked, no answer is a 5xx, every 4xx is a problem+json naming its status, no answer shows
 * the server's insides, no generated write is accepted, and the graph is the same after each batch as before it.
 * A failure names the first failing request and the smallest one shrinking found; the same seed makes it again.
 * <p>
 * The build runs 2,600 requests in some 15 s. A longer hunt, with other requests, is
 * {@code ./mvnw verify -Dtest=ApiFuzzTests -Dfuzz.seed=12 -Dfuzz.scale=10}.
 */
class ApiFuzzTests extends IntegrationTest {

	private static final long SEED = Long.getLong("fuzz.seed", 11);

	/** How many times the build's counts each batch sends. */
	private static final int SCALE = Integer.getInteger("fuzz.scale", 1);

	/** How long the batches took, without the context they share with other classes. */
	private static final AtomicLong NANOS = new AtomicLong();

	@Autowired
	Driver driver;

	@Test
	void readsOfEveryEndpointAndParameter() {
		fuzz(600, ReadRequests::any);
	}

	@Test
	void consoleQueriesReadOnlyRefusedOrBroken() {
		fuzz(250, ConsoleRequests::any);
	}

	// Reads and console queries cost the database some 7-9 ms each, a refused write or an odd request 1-2 ms (logins
	// are checked at bcrypt's cheapest strength in the tests): the counts share out 2,600 requests so that they take
	// some 15 s of the build's five minutes (4,300 took 25 s), and each endpoint and parameter still gets dozens.
	@Test
	void invalidDossiersFromTheEditor() {
		fuzz(150, c -> c.oneOf(new int[] { 75, 20, 5 },
				() -> FuzzRequest.post("/api/dossiers", editor("application/json"), Dossiers.json(c)),
				() -> FuzzRequest.post("/api/dossiers", editor("text/csv"), CsvTables.any(c)),
				() -> FuzzRequest.post("/api/dossiers", editor(c.of("application/json", "text/csv")), Dossiers.junk(c))));
	}

	@Test
	void invalidGraphDocumentsFromTheAdministrator() {
		fuzz(100, c -> FuzzRequest.post("/api/graph", login(AS_ADMIN, "application/json"), GraphDocuments.any(c)));
	}

	@Test
	void wrongMethodsTypesLoginsPathsAndHosts() {
		fuzz(1_500, OddRequests::any);
	}

	@AfterAll
	static void report() {
		System.out.printf("API fuzz: %,d requests in %.1f s%n", FuzzClient.SENT.get(), NANOS.get() / 1e9);
	}

	private void fuzz(int tries, Function<Choices, FuzzRequest> requests) {
		FuzzClient client = new FuzzClient(this.port);
		List<Object> before = graph();
		int sent = FuzzClient.SENT.get();
		long started = System.nanoTime();
		PropertyRun.check(SEED, tries * SCALE, requests, client::check);
		long took = System.nanoTime() - started;
		NANOS.addAndGet(took);
		System.out.printf("API fuzz batch: %,d requests in %.1f s%n", FuzzClient.SENT.get() - sent, took / 1e9);
		assertThat(graph()).as("the graph after the batch").isEqualTo(before);
	}

	/** What a request could have changed: every node, relationship and property, hashed, and their counts. */
	private List<Object> graph() {
		return this.driver.executableQuery("CALL () { MATCH (n) RETURN count(n) AS nodes } "
				+ "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
				+ "RETURN nodes, relationships, apoc.hashing.fingerprintGraph() AS fingerprint")
			.execute().records().get(0).values().stream().map(value -> value.asObject()).toList();
	}

	private static Map<String, String> editor(String contentType) {
		return login(AS_EDITOR, contentType);
	}

	private static Map<String, String> login(Map<String, String> login, String contentType) {
		return with(login, HttpHeaders.CONTENT_TYPE, contentType);
	}

}
