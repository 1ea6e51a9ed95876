package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
		properties = { "entente.neo4j.embedded.bolt-port=0", "entente.neo4j.embedded.http-port=0" })
@AutoConfigureRestTestClient
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	private RestTestClient client;

	/** A GET against the running API. */
	protected Response get(String path) {
		return send("GET", path, Map.of(), null);
	}

	/** A POST of a JSON body against the running API. */
	protected Response post(String path, String json) {
		return send("POST", path, Map.of(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE), json);
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

	protected static Path newDataDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
