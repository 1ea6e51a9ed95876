package org.entente.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.entente.GraphFingerprint;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what, on the seed: reads are open on localhost, writes need their role, foreign host names are refused. */
class SecurityApiTests extends IntegrationTest {

	private static final String INVALID_DOSSIER = "{\"dossierVersion\": \"2\"}";

	private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

	@Autowired
	Driver driver;

	@Test
	void readsNeedNoLogin() {
		assertThat(get("/api/countries/MMR").status()).isEqualTo(200);
		assertThat(send("POST", "/api/cypher", JSON, "{\"query\": \"RETURN 1 AS one\"}").status()).isEqualTo(200);
	}

	@Test
	void aWriteWithoutLoginIsA401ProblemAndWritesNothing() {
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);

		Response response = send("POST", "/api/dossiers", JSON, INVALID_DOSSIER);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=\"Entente\"");
		assertThat(response.<String>json("$.detail")).isEqualTo("Log in: it needs the editor role (HTTP Basic).");
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
	}

	@Test
	void aWrongPasswordIsRefused() {
		Response response = send("POST", "/api/dossiers", with(login("editor", "guess"), "Content-Type",
				"application/json"), INVALID_DOSSIER);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.<String>json("$.detail")).contains("wrong user name or password");
	}

	@Test
	void anEditorMayImportDossiersButNotGraphs() {
		Response dossier = send("POST", "/api/dossiers", with(AS_EDITOR, "Content-Type", "application/json"),
				INVALID_DOSSIER);
		Response graph = send("POST", "/api/graph", with(AS_EDITOR, "Content-Type", "application/json"), "{}");

		assertThat(dossier.status()).as("past the login, to validation").isEqualTo(400);
		assertThat(graph.status()).isEqualTo(403);
		assertThat(graph.contentType()).startsWith("application/problem+json");
		assertThat(graph.<String>json("$.detail")).isEqualTo("Your account may not do this: it needs the admin role.");
	}

	@Test
	void aReaderMayNotWrite() {
		Response response = send("POST", "/api/dossiers", with(AS_READER, "Content-Type", "application/json"),
				INVALID_DOSSIER);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.<String>json("$.detail")).contains("editor role");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void anyOtherWriteIsClosedUntilNamed(String method) {
		assertThat(send(method, "/api/countries/MMR", JSON, "{}").status()).isEqualTo(401);
	}

	@Test
	void healthDetailsAreForTheAdministratorOnly() {
		Response anonymous = get("/actuator/health");
		Response admin = send("GET", "/actuator/health", AS_ADMIN);

		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");
		assertThat(admin.body()).contains("components");
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8080", "127.0.0.2" })
	void aForeignHostNameIsRefusedAsAProblem(String host) throws IOException {
		String response = raw("GET /api/countries/MMR HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("Content-Type: application/problem+json");
		assertThat(response).contains("\"field\":\"Host\"").doesNotContain("Myanmar");
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "127.0.0.1" })
	void theConfiguredHostNamesAreAnswered(String host) throws IOException {
		String response = raw("GET /api/countries/MMR HTTP/1.1\r\nHost: " + host + ":" + this.port
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 200").contains("Myanmar");
	}



}
