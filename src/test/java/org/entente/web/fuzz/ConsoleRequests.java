package org.entente.web.fuzz;

import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * {@code POST /api/cypher} bodies: read-only queries that run, ones the console must refuse (marked as writes, so a
 * 2xx fails the property), Cypher that is no Cypher, and parameters of every JSON type.
 */
final class ConsoleRequests {

	private static final String[] READS = { "RETURN 1 AS one", "MATCH (c:Country {id: $id}) RETURN c LIMIT 1",
			"MATCH (n) RETURN count(n) AS n", "MATCH p = (:Official)-[*1..2]-() RETURN p LIMIT 3", "RETURN date($d) AS d",
			"UNWIND range(1, 1500) AS x RETURN x", "RETURN $x AS x", "MATCH (f:Fact) RETURN f.date, f.dateTo, f LIMIT 5",
			"RETURN duration('P1D') AS d, datetime('2024-01-01T00:00Z') AS t, point({x: 1, y: 2}) AS p, [1, 'a', null] AS l",
			"CALL db.labels() YIELD label RETURN label", "RETURN apoc.coll.sum([1, 2.5]) AS s", "RETURN 1 / 0 AS x",
			"RETURN toInteger('x') AS x", "MATCH ()-[r]->() RETURN r LIMIT 2", "RETURN {a: {b: [1, {c: $x}]}} AS m",
			"MATCH (n:Entity) WHERE n.name CONTAINS $q RETURN n.id", "RETURN 9223372036854775807 + 1 AS x" };

	private static final String[] REFUSED = { "CREATE (:FuzzProbe)", "MERGE (c:Country {id: 'MMR'}) SET c.fuzz = 1",
			"MATCH (c:Country) REMOVE c.name", "MATCH (s:Source) DETACH DELETE s", "FOREACH (i IN [1] | CREATE (:FuzzProbe))",
			"MATCH (n) RETURN count(n); CREATE (:FuzzProbe)", "LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l",
			"CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n) AS n", "CREATE INDEX fuzz FOR (n:FuzzProbe) ON (n.x)",
			"DROP CONSTRAINT country_iso2", "SHOW USERS", "USE system MATCH (n) RETURN n", "SHOW SETTINGS", "SHOW TRANSACTIONS",
			"CALL db.createLabel('FuzzProbe')", "CALL apoc.create.node(['FuzzProbe'], {})",
			"CALL apoc.cypher.run('CREATE (n:FuzzProbe) RETURN n', {})", "CALL apoc.load.json('file:///etc/hostname')",
			"CALL gds.graph.list()", "CALL dbms.components()", "/* x */ MATCH (c:Country) WITH c cReAtE (c)-[:FUZZ]->(c)" };

	private static final String[] PARAMS = { null, "{}", "{\"id\": \"MMR\", \"d\": \"2024-03-30\", \"x\": 1, \"q\": \"Soe\"}",
			"{\"x\": [1, \"two\", null, true]}", "{\"x\": {\"nested\": {\"deep\": [1, {\"a\": null}]}}}", "{\"d\": \"2024-02-30\"}",
			"{\"x\": 123456789012345678901234567890}", "{\"x\": 1e400}", "{\"x\": 1.5e-400}", "[1]", "\"MMR\"", "5", "null",
			"{\"\": 1}", "{\"x\": \"\\u0000\"}" };

	private ConsoleRequests() {
	}

	static FuzzRequest any(Choices c) {
		boolean refused = c.sometimes(30);
		String query = refused ? c.of(REFUSED) : c.oneOf(new int[] { 75, 25 }, () -> c.of(READS), () -> Values.odd(c));
		String params = c.of(PARAMS);
		int shape = c.weighted(80, 5, 5, 5, 5);
		String body = switch (shape) {
			case 0 -> "{\"query\": " + quoted(query) + (params != null ? ", \"params\": " + params : "") + "}";
			case 1 -> "{\"query\": " + c.of("5", "null", "[\"RETURN 1\"]", "{}", "true") + "}";
			case 2 -> "{\"query\": " + quoted("RETURN 1") + ", \"unknown\": 1}";
			case 3 -> c.of("", "[]", "\"RETURN 1\"", "{", "{\"query\": \"RETURN 1\"", "null");
			default -> "{\"query\": " + quoted("RETURN '" + "x".repeat(c.of(19_990, 20_001, 100_000)) + "'") + "}";
		};
		return new FuzzRequest("POST", "/api/cypher", Map.of(HttpHeaders.CONTENT_TYPE, "application/json"), body, false,
				refused && shape == 0);
	}

	static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.codePoints().forEach(point -> {
			if (point == '"' || point == '\\') {
				json.append('\\').appendCodePoint(point);
			}
			else if (point < 0x20) {
				json.append(String.format("\\u%04x", point));
			}
			else {
				json.appendCodePoint(point);
			}
		});
		return json.append('"').toString();
	}

}
