package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real, embedded Neo4j, on free ports, driven over HTTP. Subclasses say which database
 * folder (and so which data) the server gets; test classes sharing a subclass share one context, so one Neo4j.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "entente.neo4j.embedded.bolt-port=0", "entente.neo4j.embedded.http-port=0" })
public abstract class ApiTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	/** A GET against the running API. */
	protected Response get(String path) {
		return send(request(path).GET().build());
	}

	/** A POST of a JSON body against the running API. */
	protected Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** Any request against the running API, e.g. a CORS preflight. */
	protected Response send(String method, String path, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	protected static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
			return this.headers.firstValue(name).orElse(null);
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
