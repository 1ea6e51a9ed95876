package org.entente.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Refusals made before a request reaches a controller (no login, no right, a foreign host name), written as the
 * same RFC 9457 problems the controllers answer with.
 */
final class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Entente\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, (request.getHeader(HttpHeaders.AUTHORIZATION) == null)
				? "Log in: " + needed(request) + " (HTTP Basic)." : "The login was refused: wrong user name or password.");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your account may not do this: " + needed(request) + ".");
	}

	void foreignHost(HttpServletRequest request, HttpServletResponse response, List<String> allowed)
			throws IOException {
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST,
				"Host: this server answers only to " + String.join(", ", allowed) + " (entente.security.allowed-hosts)");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", "Host", "reason",
				"is not one of the host names this server answers to (entente.security.allowed-hosts)")));
		write(response, problem);
	}

	void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST,
				"The request's path or headers hold characters this server does not accept.");
	}

	private static String needed(HttpServletRequest request) {
		return AccessRules.neededRole(request).map(role -> "it needs the " + role.name().toLowerCase(Locale.ROOT) + " role")
			.orElse("it needs another role");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		write(response, problem(request, status, detail));
	}

	private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// A path that is no URI (a broken %-escape) is named nowhere rather than echoed.
		}
		return problem;
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
