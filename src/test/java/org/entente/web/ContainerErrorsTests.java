package org.entente.web;

import java.io.IOException;

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


}
