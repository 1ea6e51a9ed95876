package org.entente.console;

import java.util.Map;

import org.entente.web.InvalidParameterException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CypherConsoleController {

	static final int MAX_QUERY_LENGTH = 20_000;

	private final CypherConsole console;

	CypherConsoleController(CypherConsole console) {
		this.console = console;
	}

	/** Runs one read-only Cypher statement: writes, schema and admin commands, and LOAD CSV are refused. */
	@PostMapping(path = "/api/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
	CypherResult run(@RequestBody(required = false) CypherRequest request) {
		String query = (request != null) ? request.query() : null;
		if (query == null || query.isBlank()) {
			throw new InvalidParameterException("query", "is required");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("query", "must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		Map<String, Object> params = (request.params() != null) ? request.params() : Map.of();
		return this.console.run(query, params);
	}

}
