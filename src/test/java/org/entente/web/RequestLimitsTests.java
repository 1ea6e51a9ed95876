package org.entente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.entente.GraphFingerprint;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A body over {@code entente.web.max-body} (16 MB) is a 413 problem that writes nothing, however it is sent. */
class RequestLimitsTests extends IntegrationTest {

	private static final int OVER_THE_LIMIT = 17 * 1024 * 1024;

	@Autowired
	Driver driver;

	@Test
	void aBodyThatSaysItIsTooLargeIsRefusedBeforeItIsRead() throws IOException {
		// As curl sends a large file: it waits for "100 Continue" before the body, and gets the refusal instead.
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);

		String response = raw("POST /api/dossiers HTTP/1.1\r\nHost: localhost\r\n" + login()
				+ "Content-Type: application/json\r\nContent-Length: " + OVER_THE_LIMIT
				+ "\r\nExpect: 100-continue\r\n\r\n");

		assertTooLarge(response);
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
	}

	@Test
	void aStreamedBodyIsCutOffOnceItPassesTheLimit() throws IOException {
		List<String> before = GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING);
		byte[] chunk = new byte[1024 * 1024];
		Arrays.fill(chunk, (byte) ' ');
		String head = Integer.toHexString(chunk.length) + "\r\n";

		String response = raw("POST /api/dossiers HTTP/1.1\r\nHost: localhost\r\n" + login()
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", out -> {
					for (int i = 0; i < 17; i++) {
						out.write(head.getBytes(StandardCharsets.US_ASCII));
						out.write(chunk);
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				});

		assertTooLarge(response);
		assertThat(GraphFingerprint.of(this.driver, GraphFingerprint.BOOKKEEPING)).isEqualTo(before);
	}

	private static void assertTooLarge(String answer) {
		String response = answer.replaceFirst("^HTTP/1.1 100 \r\n\r\n", ""); // "go on", before the refusal
		assertThat(response).startsWith("HTTP/1.1 413");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response).contains("\"field\":\"body\"").contains("entente.web.max-body");
	}

	private static String login() {
		return AS_EDITOR.entrySet().stream().map(header -> header.getKey() + ": " + header.getValue() + "\r\n")
			.findFirst().orElseThrow();
	}



}
