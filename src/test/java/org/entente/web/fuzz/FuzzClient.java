package org.entente.web.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends generated requests, one at a time over a kept-alive connection (raw ones over a socket of their own), and
 * checks what every answer must be whatever was asked: no 5xx, every 4xx a problem+json naming its own status, and
 * nothing of the server's insides (a Java class name, a stack trace).
 */
final class FuzzClient {

	static final AtomicInteger SENT = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	FuzzClient(int port) {
		this.port = port;
	}

	record Answer(int status, String contentType, String body) {
	}

	/** Sends the request and checks its answer; a write must also be refused. */
	void check(FuzzRequest request) {
		Answer answer = request.raw() ? raw(request) : send(request);
		SENT.incrementAndGet();
		String seen = "answer " + answer.status() + " " + answer.contentType() + " " + answer.body();
		assertThat(answer.status()).as(seen).isBetween(200, 499);
		if (request.write()) {
			assertThat(answer.status()).as("a write that must be refused, but " + seen).isGreaterThanOrEqualTo(400);
		}
		if (answer.status() >= 400 && !request.method().equals("HEAD")) {
			assertThat(answer.contentType()).as(seen).startsWith("application/problem+json");
			assertThat(JsonPath.<Object>read(answer.body(), "$.status")).as(seen).isEqualTo(answer.status());
		}
		assertThat(answer.body()).as(seen).doesNotContain("Exception").doesNotContain("\tat org.").doesNotContain("java.lang.");
	}

	private Answer send(FuzzRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + request.target()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), (request.body() != null) ? HttpRequest.BodyPublishers.ofString(request.body())
					: HttpRequest.BodyPublishers.noBody());
		request.headers().forEach(builder::header);
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** HTTP/1.1 over a socket of its own, closed after the answer, which is read whole (chunks joined). */
	private Answer raw(FuzzRequest request) {
		byte[] body = (request.body() != null) ? request.body().getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n");
		if (request.headers().keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
			head.append("Host: localhost\r\n");
		}
		request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(body);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Answer parse(byte[] response) throws IOException {
		String text = new String(response, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		assertThat(end).as("an HTTP answer: " + text).isPositive();
		String[] lines = text.substring(0, end).split("\r\n");
		String contentType = "";
		boolean chunked = false;
		for (String line : lines) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-type:")) {
				contentType = line.substring(13).trim();
			}
			chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
		}
		byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
		return new Answer(Integer.parseInt(lines[0].split(" ")[1]), contentType,
				new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) throws IOException {
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		InputStream in = new ByteArrayInputStream(body);
		for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
			joined.write(in.readNBytes(size));
			in.readNBytes(2);
		}
		return joined.toByteArray();
	}

	private static int chunkSize(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			line.append((char) c);
		}
		String size = line.toString().split(";")[0].trim();
		return size.isEmpty() ? 0 : Integer.parseInt(size, 16);
	}

}
