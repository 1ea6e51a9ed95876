package org.entente;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real, embedded Neo4j, on free ports, driven over HTTP by Boot's test client. Subclasses
 * say which database folder (and so which data) the server gets; test classes sharing a subclass share one context,
 * so one Neo4j.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "entente.neo4j.embedded.bolt-port=0", "entente.neo4j.embedded.http-port=0",
				"entente.security.reader.user=reader", "entente.security.reader.password=" + ApiTest.READER_PASSWORD,
				"entente.security.editor.password=" + ApiTest.EDITOR_PASSWORD,
				"entente.security.admin.password=" + ApiTest.ADMIN_PASSWORD,
				// bcrypt's cheapest strength: the suite logs in thousands of times, and strength is not under test.
				"entente.security.password-strength=4",
				// Plans kept: a test database grows by many times its size within seconds, and replanning every
				// query at each 10 s was some 10% of the CPU of the planning-heavy classes (measured, JFR: planning
				// is 45% of the suite's samples). Plans change speed, never answers.
				"entente.neo4j.embedded.settings[dbms.cypher.min_replan_interval]=1h" })
@AutoConfigureRestTestClient
public abstract class ApiTest {

	/** The test accounts' passwords, given in clear as a user may give them; the app holds them hashed. */
	public static final String READER_PASSWORD = "reader-test-password";

	public static final String EDITOR_PASSWORD = "editor-test-password";

	public static final String ADMIN_PASSWORD = "admin-test-password";

	/** {@code Authorization} headers for the test accounts. */
	protected static final Map<String, String> AS_READER = login("reader", READER_PASSWORD);

	protected static final Map<String, String> AS_EDITOR = login("editor", EDITOR_PASSWORD);

	protected static final Map<String, String> AS_ADMIN = login("admin", ADMIN_PASSWORD);

	@LocalServerPort
	protected int port;

	@Autowired
	private RestTestClient client;

	/** A GET against the running API. */
	protected Response get(String path) {
		return send("GET", path, Map.of(), null);
	}

	/** A POST of a JSON body against the running API, as the administrator (who may make every write). */
	protected Response post(String path, String json) {
		return send("POST", path, with(AS_ADMIN, HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE), json);
	}

	/** Any request without a body against the running API, e.g. a CORS preflight. */
	protected Response send(String method, String path, Map<String, String> headers) {
		return send(method, path, headers, null);
	}

	/**
	 * Any request against the running API.
	 * @param path the path and query, %-encoded as a client sends it
	 * @param body the body, or {@code null} for none
	 */
	protected Response send(String method, String path, Map<String, String> headers, String body) {
		RestTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(method))
			.uri(URI.create("http://localhost:" + this.port + path));
		headers.forEach((name, value) -> request.header(name, value));
		if (body != null) {
			request.body(body);
		}
		EntityExchangeResult<String> result = request.exchange().returnResult(String.class);
		HttpHeaders responseHeaders = result.getResponseHeaders();
		String contentType = responseHeaders.getContentType() != null ? responseHeaders.getContentType().toString() : "";
		return new Response(result.getStatus().value(), contentType,
				result.getResponseBody() != null ? result.getResponseBody() : "", responseHeaders);
	}

	/** The request is refused with a 400 problem naming {@code field} and a reason containing {@code reason}. */
	protected void assertBadParameter(String path, String field, String reason) {
		Response response = get(path);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
		assertThat(response.<String>json("$.errors[0].reason")).contains(reason);
	}

	protected record Response(int status, String contentType, String body, HttpHeaders headers) {

		public String header(String name) {
			return this.headers.getFirst(name);
		}

		public <T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

	}

	/** The rest of a request sent by {@link #raw(String, Body)}: a body written as the test needs it. */
	protected interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	/** A request as bytes on the wire (ISO-8859-1), for what HTTP clients will not send: a foreign Host, a bad line. */
	protected String raw(String request) throws IOException {
		return raw(request, out -> {
		});
	}

	/** The answer, as it came, to {@code head} and then {@code body}; the server may answer before the body is sent. */
	protected String raw(String head, Body body) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			try {
				body.writeTo(out);
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before the whole body was sent: what it answered is the point.
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The headers of an HTTP Basic login. */
	protected static Map<String, String> login(String user, String password) {
		return Map.of(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** {@code headers} and one more. */
	protected static Map<String, String> with(Map<String, String> headers, String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put(name, value);
		return all;
	}

	protected static Path newDataDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
