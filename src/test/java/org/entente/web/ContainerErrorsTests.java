package org.entente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.entente.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that fail before or around a controller (in Tomcat, in the firewall, in content negotiation) are answered
 * as problem+json like every other error: no HTML page, no Java class name, no stack trace.
 */
class ContainerErrorsTests extends IntegrationTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/search?q=%zz                 | 400 | Accept: application/json
			GET    | /api/search?q=%                   | 400 | Accept: application/json
			GET    | /api/countries/%zz                | 400 | Accept: application/json
			GET    | /api/search?q=a%00b               | 200 | Accept: application/json
			GET    | /api/countries/MMR                | 406 | Accept: text/html
			GET    | /api/countries/MMR                | 406 | Accept: image/png
			GET    | /error                            | 404 | Accept: application/json
			GET    | /api/countries/MMR;jsessionid=x   | 400 | Accept: application/json
			GET    | /api/../actuator/env              | 400 | Accept: application/json
			GET    | /a b                              | 400 | Accept: application/json
			GET    | /api/countries/MMR                | 400 | X-Bad\u0001Header: x
			""")
	void isAProblem(String method, String target, int status, String header) throws IOException {
		String response = raw(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + header.translateEscapes()
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
		if (status >= 400) {
			assertThat(response).as(response).containsIgnoringCase("Content-Type: application/problem+json");
			assertThat(response).doesNotContain("Exception").doesNotContain("<html").doesNotContain("\tat ");
		}
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
