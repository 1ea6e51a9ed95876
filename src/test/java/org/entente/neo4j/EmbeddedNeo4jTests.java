package org.entente.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.util.unit.DataSize;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded server on its own: persistence across restarts and crashes, and clear port clashes. */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesACleanRestartOnTheSameFolder() {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dataDir, "localhost", 0, 0, DataSize.ofMegabytes(64));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties, 0); Driver driver = driver(neo4j)) {
			driver.executableQuery("CREATE (:Probe {id: 'clean-restart'})").execute();
		}

		assertThat(probes(properties)).containsExactly("clean-restart");
	}

	@Test
	void dataSurvivesKillDashNine() throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dataDir, "localhost", 0, 0, DataSize.ofMegabytes(64));
		// The child lives for seconds: C1 alone and the serial collector start it sooner than the JVM's defaults.
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
				KillNineChild.class.getName(), this.dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.lines().filter(line -> line.equals(KillNineChild.COMMITTED)).findFirst()).isPresent();
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		assertThat(probes(properties)).containsExactly("kill-9");
	}

	@Test
	void boltAndHttpNeedThePasswordKeptInTheDataFolderAndNoForeignOriginIsAllowed() throws Exception {
		// A foreign origin given as a setting by name changes nothing: Entente's own settings win.
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dataDir, "localhost", 0, 0,
				DataSize.ofMegabytes(64), null, null, null, Map.of("dbms.cypher.min_replan_interval", "2h",
						"dbms.security.http_access_control_allow_origin", "*"));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties, 0);
				Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Driver loggedIn = driver(neo4j)) {
			Path file = this.dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE);

			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
			loggedIn.verifyConnectivity();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(neo4j.authToken()).isEqualTo(AuthTokens.basic("neo4j", Files.readString(file).strip()));
			assertThat(this.dataDir.resolve("dbms").resolve("auth.ini")).as("the initial user's file, read once").doesNotExist();
			HttpResponse<String> foreign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(neo4j.httpUri())
				.header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isNotIn(
					Optional.of("*"), Optional.of("http://evil.example"));
			assertThat(loggedIn.executableQuery("CALL dbms.listConfig('dbms.cypher.min_replan_interval') YIELD value")
				.execute().records().get(0).get("value").asString()).isEqualTo("2h");
		}
	}

	@Test
	void aNeo4jSettingThatDoesNotExistStopsTheStartByName() {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dataDir, "localhost", 0, 0,
				DataSize.ofMegabytes(64), null, null, null, Map.of("dbms.no_such_setting", "1"));

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> EmbeddedNeo4j.start(properties, 0))
			.withMessageContaining("dbms.no_such_setting");
	}

	@Test
	void aTakenPortIsReportedByNameAndSetting() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
			int port = taken.getLocalPort();
			EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(this.dataDir, "localhost", port, 0, DataSize.ofMegabytes(64));

			var thrown = assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> EmbeddedNeo4j.start(properties, 0))
				.actual();

			FailureAnalysis analysis = new PortInUseFailureAnalyzer().analyze(thrown);
			assertThat(analysis.getDescription()).isEqualTo("Bolt port " + port + " on localhost is already in use.");
			assertThat(analysis.getAction()).contains("ENTENTE_BOLT_PORT");
		}
	}

	private static List<String> probes(EmbeddedNeo4jProperties properties) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties, 0); Driver driver = driver(neo4j)) {
			return driver.executableQuery("MATCH (p:Probe) RETURN p.id AS id")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("id").asString())
				.toList();
		}
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
	}

	/** Runs in a child JVM: writes one committed node, says so, then waits to be killed. */
	static final class KillNineChild {

		static final String COMMITTED = "COMMITTED";

		public static void main(String[] args) throws InterruptedException {
			var properties = new EmbeddedNeo4jProperties(Path.of(args[0]), "localhost", 0, 0, DataSize.ofMegabytes(64));
			EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties, 0);
			try (Driver driver = driver(neo4j)) {
				driver.executableQuery("CREATE (:Probe {id: 'kill-9'})").execute();
			}
			System.out.println(COMMITTED);
			System.out.flush();
			Thread.sleep(Long.MAX_VALUE);
		}

	}

}
