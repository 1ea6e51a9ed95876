package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real, embedded Neo4j in a fresh folder, on free ports. Every test class extending this
 * shares one application context, so one Neo4j, for the test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "entente.neo4j.embedded.bolt-port=0", "entente.neo4j.embedded.http-port=0" })
public abstract class IntegrationTest {

	private static final Path DATA_DIR = newDataDir();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

	/** A GET against the running API. */
	protected Response get(String path) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected record Response(int status, String contentType, String body) {

		public DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		public <T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

	}

	private static Path newDataDir() {
		try {
			return Files.createTempDirectory("entente-test-data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
