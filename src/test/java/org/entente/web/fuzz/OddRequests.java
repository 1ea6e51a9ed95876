package org.entente.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.ApiTest;

import org.springframework.http.HttpHeaders;

/**
 * Requests that are wrong around the endpoints rather than in their parameters: wrong methods, content types and
 * Accept headers, logins that are missing, wrong or not enough (with bodies that would otherwise import), paths
 * that are no path, broken %-escapes and foreign Host headers (sent raw), and unknown pages.
 */
final class OddRequests {

	private static final List<String> PATHS = List.of("/api/search?q=soe", "/api/countries", "/api/countries/MMR",
			"/api/entities/off-soe-win", "/api/paths?from=MMR&to=RUS", "/api/cooperation?a=MMR&b=RUS",
			"/api/cooperation/partners?of=MMR", "/api/cooperation/matrix?countries=MMR,RUS",
			"/api/cooperation/timeline?a=MMR&b=RUS", "/api/export?center=off-soe-win&depth=1", "/api/dossiers/schema",
			"/api/dossiers", "/api/graph", "/api/cypher", "/actuator/health", "/api", "/api/", "/api/nothing", "/error",
			"/actuator/env", "/API/SEARCH?q=soe", "/api/search/?q=soe", "//api//countries", "/api/countries/",
			"/api/countries/MMR/extra", "/api/countries/MMR%2Fx", "/api/countries/%2e%2e", "/api/entities/%252e",
			"/api/countries/MMR;x=y", "/api/countries/MMR%3Bx", "/api/entities/a%5Cb", "/api/entities/%C0%AE",
			"/api/search?q=%E2%28%A1", "/api/search?q=%F0%9F%99%82", "/api/search?q=a%00b");

	/** Targets no URI can hold, sent raw. */
	private static final List<String> RAW_TARGETS = List.of("/api/search?q=%zz", "/api/search?q=%", "/api/search?q=%4",
			"/api/countries/%zz", "/api/paths?from=%&to=RUS", "/api/cooperation?a=MMR&b=%G0", "/api/export?format=%%",
			"/api/search?q=a b", "/api/entities/a b", "/api/search?q=\u00e9", "/api/search?q=<x>", "*", "api/countries",
			"http://localhost/api/countries", "/api/countries/MMR#frag", "/api/search?q=soe&limit=%31%30%zz");

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE",
			"FOO", "PROPFIND");

	private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/problem+json", "text/html",
			"image/png", "application/xml", "text/csv", "application/schema+json", "foo", ";;;", "application/json;q=0",
			"*/*;q=abc", "text/*", "", "application/json, text/html;q=0.1");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "text/csv", "text/plain",
			"application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=UTF-8",
			"application/json;charset=ISO-8859-1", "application/json;charset=bogus", "text/csv;charset=UTF-16", "json", "",
			"*/*", "application/*", "application/json;;", "application/problem+json");

	/** Logins that cost the server no password check: none, and ones it cannot read. */
	private static final List<Map<String, String>> UNCHECKED = List.of(Map.of(), Map.of(HttpHeaders.AUTHORIZATION, "Basic !!!"),
			Map.of(HttpHeaders.AUTHORIZATION, "Bearer x"), Map.of(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))));

	private static final Map<String, String> EDITOR = login("editor", ApiTest.EDITOR_PASSWORD);

	/**
	 * Logins the server checks, each a bcrypt hash at cost 10 (some 60 ms, and the app upgrades a cheaper hash to it),
	 * so they are drawn rarely: the reader, the editor, the admin, a wrong password and an unknown user.
	 */
	private static final List<Map<String, String>> CHECKED = List.of(login("reader", ApiTest.READER_PASSWORD), EDITOR,
			login("admin", ApiTest.ADMIN_PASSWORD), login("editor", "wrong"), login("nobody", ""));

	private OddRequests() {
	}

	static FuzzRequest any(Choices c) {
		return c.oneOf(new int[] { 55, 20, 1, 24 }, () -> anyMethod(c), () -> unauthorisedImport(c),
				() -> unanswerableImport(c), () -> raw(c));
	}

	/** Any method on any path, with any login, Accept and Content-Type, and a body that is not a valid import. */
	private static FuzzRequest anyMethod(Choices c) {
		String method = c.of(METHODS);
		String body = method.equals("GET") || method.equals("HEAD") ? null
				: c.oneOf(new int[] { 40, 20, 20, 20 }, () -> null, () -> Dossiers.junk(c), () -> Dossiers.json(c),
						() -> "{\"query\": \"RETURN 1\"}");
		String path = c.of(PATHS);
		boolean write = !List.of("GET", "HEAD", "OPTIONS").contains(method)
				&& !(method.equals("POST") && path.startsWith("/api/cypher"));
		Map<String, String> headers = new LinkedHashMap<>(c.sometimes(4) ? c.of(CHECKED) : c.of(UNCHECKED));
		if (c.sometimes(50)) {
			headers.put(HttpHeaders.ACCEPT, c.of(ACCEPTS));
		}
		if (body != null || c.sometimes(10)) {
			headers.put(HttpHeaders.CONTENT_TYPE, c.of(CONTENT_TYPES));
		}
		return new FuzzRequest(method, path, headers, body, false, write);
	}

	/** A valid dossier, sent without a login that may import it. */
	private static FuzzRequest unauthorisedImport(Choices c) {
		// Not the admin's: an administrator may import dossiers too.
		Map<String, String> login = c.sometimes(8) ? c.of(CHECKED.get(0), EDITOR, CHECKED.get(3), CHECKED.get(4))
				: c.of(UNCHECKED);
		String path = (login == EDITOR) ? "/api/graph" : c.of("/api/dossiers", "/api/graph");
		return FuzzRequest.post(path, withContentType(login, "application/json"), Dossiers.VALID);
	}

	/** A valid dossier from the editor, but in a type it is not read as or asking for an answer it cannot have. */
	private static FuzzRequest unanswerableImport(Choices c) {
		Map<String, String> headers = withContentType(EDITOR, c.of("application/xml", "text/plain",
				"application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream"));
		if (c.sometimes(50)) {
			headers = withContentType(EDITOR, "application/json");
			// Not "application/json;q=0": Spring answers JSON all the same, after importing (a bug, reported).
			headers.put(HttpHeaders.ACCEPT, c.of("text/html", "image/png", "application/xml", "text/csv"));
		}
		return FuzzRequest.post("/api/dossiers", headers, Dossiers.VALID);
	}

	private static FuzzRequest raw(Choices c) {
		FuzzRequest request = c.sometimes(50) ? FuzzRequest.get(c.of(RAW_TARGETS))
				: FuzzRequest.get(c.of(PATHS)).with("Host", c.of("evil.example", "localhost.evil.example", "localhost:1",
						"127.0.0.2", "[::2]", "", "localhost, evil.example", "LOCALHOST", "xn--80ak6aa92e.com"));
		if (c.sometimes(20)) {
			request = request.with(c.of("X-Forwarded-Host", "X-Forwarded-For", "X-Forwarded-Proto", "X-Original-URL",
					"X-HTTP-Method-Override", "Forwarded"), c.of("evil.example", "DELETE", "/actuator/env", "for=1.2.3.4"));
		}
		return request.sentRaw();
	}

	private static Map<String, String> withContentType(Map<String, String> login, String contentType) {
		Map<String, String> headers = new LinkedHashMap<>(login);
		headers.put(HttpHeaders.CONTENT_TYPE, contentType);
		return headers;
	}

	private static Map<String, String> login(String user, String password) {
		return Map.of(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

}
