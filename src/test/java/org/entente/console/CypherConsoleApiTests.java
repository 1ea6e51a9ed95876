package org.entente.console;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.IntegrationTest;
import org.entente.cypher.CypherQueries;
import org.entente.web.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code POST /api/cypher} on the seed: reads answer as tables, and every way of writing (or of reaching outside the
 * graph) is refused with a 400 that leaves the database exactly as it was.
 */
class CypherConsoleApiTests extends IntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Autowired
	AllowedCalls allowed;

	@Test
	void answersAReadAsColumnsAndRowsWithNodesAndRelationships() {
		Response response = cypher("""
				MATCH (m:Military)-[r:OF_COUNTRY]->(c:Country {id: $country})
				RETURN c, r, m.name AS military, c.cowCode AS cowCode, c.aliases AS aliases""", Map.of("country", "MMR"));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.columns")).containsExactly("c", "r", "military", "cowCode", "aliases");
		assertThat(response.<List<Object>>json("$.rows")).hasSize(1);
		assertThat(response.<Boolean>json("$.truncated")).isFalse();
		String countryId = response.json("$.rows[0][0].id");
		assertThat(response.<List<String>>json("$.rows[0][0].labels")).containsExactlyInAnyOrder("Country", "Entity");
		assertThat(response.<String>json("$.rows[0][0].properties.name")).isEqualTo("Myanmar");
		assertThat(response.<String>json("$.rows[0][1].type")).isEqualTo("OF_COUNTRY");
		assertThat(response.<String>json("$.rows[0][1].end")).isEqualTo(countryId);
		assertThat(response.<String>json("$.rows[0][1].properties.sourceId")).isEqualTo("src-article-000-c0b8e9393a674a5f");
		assertThat(response.<String>json("$.rows[0][2]")).isEqualTo("Myanmar Armed Forces");
		assertThat(response.<Integer>json("$.rows[0][3]")).isEqualTo(775);
		assertThat(response.<List<String>>json("$.rows[0][4]")).isEmpty();
		String elementId = this.driver.executableQuery("MATCH (c:Country {id: 'MMR'}) RETURN elementId(c) AS id")
			.execute().records().get(0).get("id").asString();
		assertThat(countryId).isEqualTo(elementId);
	}

	@Test
	void writesDatesAsIsoStringsAndPathsAsTheirNodesAndRelationships() {
		Response response = cypher("""
				MATCH p = (:Official {id: 'off-soe-win'})-[:HOLDS]->(position:Position)
				RETURN p, position.dateTo AS dateTo, datetime('2024-03-30T10:15:00Z') AS instant,
				       localdatetime('2024-03-30T10:15:30') AS local, duration('P1M2DT3H') AS span,
				       point({x: 1.5, y: 2.5}) AS point, {nested: [date('2021-01-01'), null]} AS map""", Map.of());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.rows[0][0].nodes[*].properties.id"))
			.containsExactly("off-soe-win", "pos-soe-win-mmr-armed-forces");
		assertThat(response.<List<String>>json("$.rows[0][0].relationships[*].type")).containsExactly("HOLDS");
		assertThat(response.<String>json("$.rows[0][0].nodes[1].properties.dateTo")).isEqualTo("2024-03-30");
		assertThat(response.<String>json("$.rows[0][1]")).isEqualTo("2024-03-30");
		assertThat(response.<String>json("$.rows[0][2]")).isEqualTo("2024-03-30T10:15Z");
		assertThat(response.<String>json("$.rows[0][3]")).isEqualTo("2024-03-30T10:15:30");
		assertThat(response.<String>json("$.rows[0][4]")).startsWith("P1M2DT");
		assertThat(response.<Double>json("$.rows[0][5].x")).isEqualTo(1.5);
		assertThat(response.<List<Object>>json("$.rows[0][6].nested")).containsExactly("2021-01-01", null);
	}

	@Test
	void runsTheSavedQueriesWithTheirParameters() {
		Response response = cypher(this.queries.get("who-honored-whom"), mapOf("country", null));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.rows[*][0]")).contains("off-min-aung-hlaing", "RUS",
				"mil-rus-defense-ministry", "MMR");
		assertThat(cypher(this.queries.get("country"), Map.of("iso3", "RUS")).<String>json("$.rows[0][0].name"))
			.isEqualTo("Russia");
	}

	@Test
	void cutsTheAnswerAtTheRowCapAndSaysSo() {
		Response cut = cypher("UNWIND range(1, 1500) AS x RETURN x", Map.of());
		Response whole = cypher("UNWIND range(1, 1000) AS x RETURN x", Map.of());

		assertThat(cut.<List<Object>>json("$.rows")).hasSize(1000);
		assertThat(cut.<Integer>json("$.rows[999][0]")).isEqualTo(1000);
		assertThat(cut.<Boolean>json("$.truncated")).isTrue();
		assertThat(whole.<List<Object>>json("$.rows")).hasSize(1000);
		assertThat(whole.<Boolean>json("$.truncated")).isFalse();
	}

	@Test
	void stopsAQueryAtTheTimeLimit() {
		long started = System.nanoTime();
		Response response = cypher("CALL apoc.util.sleep(60000) RETURN 1 AS x", Map.of());

		assertRefused(response, "query", "time limit of 5 s");
		assertThat(response.<String>json("$.code")).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void takesItsLimitsFromTheProperties() {
		var console = new CypherConsole(this.driver, DatabaseSelectionProvider.getDefaultSelectionProvider(),
				new CypherConsoleProperties(Duration.ofMillis(300), 2, DataSize.ofMegabytes(4)), this.allowed);

		CypherResult result = console.run("UNWIND range(1, 5) AS x RETURN x", Map.of());

		assertThat(result.rows()).containsExactly(List.of(1L), List.of(2L));
		assertThat(result.truncated()).isTrue();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> console.run("CALL apoc.util.sleep(10000)", Map.of()))
			.satisfies(ex -> assertThat(ex.getBody().getDetail()).contains("time limit of 300 ms"));
	}

	@Test
	void aMissingOrBlankQueryIsABadRequestNamingQuery() {
		assertRefused(post("/api/cypher", "{}"), "query", "is required");
		assertRefused(post("/api/cypher", "{\"query\": \"  \", \"params\": {}}"), "query", "is required");
		assertRefused(post("/api/cypher", ""), "query", "is required");
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequestNamingTheBody() {
		assertRefused(post("/api/cypher", "{\"query\": "), "body", "is not valid JSON");
	}

	@Test
	void aSyntaxErrorIsABadRequestWithNeo4jsMessage() {
		Response response = cypher("MATC (n) RETURN n", Map.of());

		assertRefused(response, "query", "Invalid input 'MATC'");
		assertThat(response.<String>json("$.code")).isEqualTo("Neo.ClientError.Statement.SyntaxError");
		// The message is about the query as sent, not the EXPLAIN it was planned with.
		assertThat(response.<String>json("$.errors[0].reason")).contains("(line 1, column 1 (offset: 0))")
			.contains("\n\"MATC (n) RETURN n\"\n ^")
			.doesNotContain("EXPLAIN");
	}

	@Test
	void parametersMustBeAJsonObjectAndComplete() {
		assertRefused(post("/api/cypher", "{\"query\": \"RETURN $x\", \"params\": [1]}"), "params", "JSON object");
		assertRefused(cypher("RETURN $x AS x", Map.of()), "params", "x");
		assertRefused(post("/api/cypher", "{\"query\": \"RETURN $x\", \"params\": {\"x\": 123456789012345678901234567890}}"),
				"params", "cannot be sent to Neo4j");
		assertThat(cypher("RETURN $x AS x", Map.of("x", List.of(1, "two"))).<List<Object>>json("$.rows[0][0]"))
			.containsExactly(1, "two");
	}

	static Stream<Arguments> refused() {
		return Stream.of(
				arguments("CREATE", "CREATE (:ConsoleProbe {consoleProbe: 1})", "writes to the graph"),
				arguments("MERGE", "MERGE (:ConsoleProbe {consoleProbe: 1})", "writes to the graph"),
				arguments("MERGE ON MATCH SET", "MERGE (c:Country {id: 'MMR'}) ON MATCH SET c.consoleProbe = 1",
						"writes to the graph"),
				arguments("SET a property", "MATCH (c:Country) SET c.name = 'renamed', c.consoleProbe = 1",
						"writes to the graph"),
				arguments("SET a label", "MATCH (c:Country) SET c:ConsoleProbe", "writes to the graph"),
				arguments("REMOVE", "MATCH (c:Country) REMOVE c.name", "writes to the graph"),
				arguments("DELETE", "MATCH ()-[r:OF_COUNTRY]->() DELETE r", "writes to the graph"),
				arguments("DETACH DELETE", "MATCH (s:Source) DETACH DELETE s", "writes to the graph"),
				arguments("FOREACH", "FOREACH (i IN [1] | CREATE (:ConsoleProbe))", "writes to the graph"),
				arguments("a write in a subquery", "MATCH (c:Country) CALL (c) { CREATE (c)-[:CONSOLE_PROBE]->(c) } RETURN count(*)",
						"writes to the graph"),
				arguments("a write behind a comment and odd case", "/* MATCH */ MATCH (c:Country) WITH c cReAtE (c)-[:CONSOLE_PROBE]->(c)",
						"writes to the graph"),
				arguments("two statements", "MATCH (n) RETURN count(n); CREATE (:ConsoleProbe)", "one statement"),
				arguments("LOAD CSV, reading only", "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line", "LOAD CSV"),
				arguments("LOAD CSV, writing", "LOAD CSV FROM 'file:///etc/hostname' AS line CREATE (:ConsoleProbe {consoleProbe: line[0]})",
						"writes to the graph"),
				arguments("CALL IN TRANSACTIONS, writing", "MATCH (c:Country) CALL (c) { SET c.consoleProbe = 1 } IN TRANSACTIONS",
						"writes to the graph"),
				arguments("CALL IN TRANSACTIONS, reading only", "CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n) AS n",
						"IN TRANSACTIONS"),
				arguments("CREATE INDEX", "CREATE INDEX console_probe FOR (n:ConsoleProbe) ON (n.consoleProbe)", "schema"),
				arguments("CREATE CONSTRAINT", "CREATE CONSTRAINT console_probe FOR (n:ConsoleProbe) REQUIRE n.consoleProbe IS UNIQUE",
						"schema"),
				arguments("DROP INDEX", "DROP INDEX fact_cameo", "schema"),
				arguments("DROP CONSTRAINT", "DROP CONSTRAINT country_iso2", "schema"),
				arguments("SHOW USERS", "SHOW USERS", "administers the database"),
				arguments("CREATE USER", "CREATE USER console_probe SET PASSWORD 'console-probe-password'", "administers the database"),
				arguments("CREATE DATABASE", "CREATE DATABASE consoleprobe", "administration command"),
				arguments("STOP DATABASE", "STOP DATABASE neo4j", "administration command"),
				arguments("USE system", "USE system MATCH (n) RETURN n", ""),
				arguments("SHOW TRANSACTIONS", "SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
				arguments("TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS"),
				arguments("SHOW SETTINGS", "SHOW SETTINGS", "SHOW SETTINGS"),
				arguments("db.createLabel", "CALL db.createLabel('ConsoleProbe')", "writes to the graph"),
				arguments("db.createProperty", "CALL db.createProperty('consoleProbe')", "writes to the graph"),
				arguments("db.createRelationshipType", "CALL db.createRelationshipType('CONSOLE_PROBE')", "writes to the graph"),
				arguments("db.clearQueryCaches", "CALL db.clearQueryCaches()", "administers the database"),
				arguments("tx.setMetaData", "CALL tx.setMetaData({consoleProbe: 1})", "administers the database"),
				arguments("apoc.create.node", "CALL apoc.create.node(['ConsoleProbe'], {consoleProbe: 1})", "writes to the graph"),
				arguments("apoc.refactor.rename.label", "CALL apoc.refactor.rename.label('Source', 'ConsoleProbe')",
						"writes to the graph"),
				arguments("apoc.cypher.run, writing", "CALL apoc.cypher.run('CREATE (n:ConsoleProbe) RETURN n', {})",
						"runs Cypher given as text"),
				arguments("apoc.cypher.run, LOAD CSV", "CALL apoc.cypher.run('LOAD CSV FROM \"file:///etc/hostname\" AS l RETURN l', {})",
						"runs Cypher given as text"),
				arguments("apoc.cypher function", "RETURN apoc.cypher.runFirstColumnSingle('LOAD CSV FROM \"file:///etc/hostname\" AS l RETURN l', {}) AS x",
						"runs Cypher given as text"),
				arguments("apoc.cypher.run in backticks", "CALL `apoc`.`cypher`.`run`('CREATE (n:ConsoleProbe) RETURN n', {})",
						"runs Cypher given as text"),
				arguments("apoc.cypher.runTimeboxed", "CALL apoc.cypher.runTimeboxed('CREATE (n:ConsoleProbe) RETURN n', {}, 1000)",
						"runs Cypher given as text"),
				arguments("apoc.cypher.doIt", "CALL apoc.cypher.doIt('CREATE (n:ConsoleProbe) RETURN n', {})", "writes to the graph"),
				arguments("apoc.do.when", "CALL apoc.do.when(true, 'CREATE (n:ConsoleProbe) RETURN n', '', {})", "writes to the graph"),
				arguments("apoc.periodic.iterate", "CALL apoc.periodic.iterate('MATCH (c:Country) RETURN c', 'SET c.consoleProbe = 1', {})",
						"writes to the graph"),
				arguments("apoc.periodic.submit", "CALL apoc.periodic.submit('console-probe', 'CREATE (:ConsoleProbe)')",
						"writes to the graph"),
				arguments("apoc.load.json", "CALL apoc.load.json('file:///etc/hostname')", "files and URLs"),
				arguments("apoc.export", "CALL apoc.export.json.all('console-probe.json', {})", "files and URLs"),
				arguments("gds.graph.project", "CALL gds.graph.project('console-probe', 'Country', '*')", "in-memory graphs"),
				// Whatever is not on the console's list: URLs, other clients' queries, values built out of sight.
				arguments("apoc.spatial.geocode", "CALL apoc.spatial.geocode('http://127.0.0.1:9/probe')", "not on the console's list"),
				arguments("apoc.spatial.geocodeOnce", "CALL apoc.spatial.geocodeOnce('http://127.0.0.1:9/probe')", "files and URLs"),
				arguments("apoc.spatial.reverseGeocode", "CALL apoc.spatial.reverseGeocode(1.0, 2.0)", "apoc.spatial.reverseGeocode"),
				arguments("db.stats.collect", "CALL db.stats.collect('QUERIES')", "other clients"),
				arguments("db.stats.retrieve", "CALL db.stats.retrieve('QUERIES')", "other clients"),
				arguments("db.stats.clear", "CALL db.stats.clear('QUERIES')", "db.stats.clear"),
				arguments("apoc.coll.fill", "RETURN size(apoc.coll.fill('x', 1000000000)) AS n", "memory limit"),
				arguments("apoc.text.repeat", "RETURN size(apoc.text.repeat('x', 1000000000)) AS n", "apoc.text.repeat"),
				arguments("apoc.text.lpad", "RETURN size(apoc.text.lpad('x', 1000000000, ' ')) AS n", "apoc.text.lpad"),
				arguments("apoc.load.jsonParams", "CALL apoc.load.jsonParams('http://127.0.0.1:9/probe', {}, null)", "files and URLs"),
				arguments("apoc.load.xml", "CALL apoc.load.xml('file:///etc/hostname')", "files and URLs"),
				arguments("apoc.xml.parse", "RETURN apoc.xml.parse('<a/>') AS x", "apoc.xml.parse"),
				arguments("apoc.export.csv.query", "CALL apoc.export.csv.query('MATCH (n) RETURN n', null, {stream: true})", "files and URLs"),
				arguments("apoc.cypher.runFirstColumnMany", "RETURN apoc.cypher.runFirstColumnMany('RETURN 1', {}) AS x", "Cypher given as text"),
				arguments("apoc.when", "CALL apoc.when(true, 'RETURN 1 AS x', '', {})", "Cypher given as text"),
				arguments("apoc.log.stream", "CALL apoc.log.stream('neo4j.log')", ""),
				arguments("apoc.periodic.list", "CALL apoc.periodic.list()", "jobs"),
				arguments("apoc.version", "RETURN apoc.version() AS v", "apoc.version"),
				arguments("dbms.listConfig", "CALL dbms.listConfig()", ""),
				arguments("dbms.components in a subquery", "CALL () { CALL dbms.components() YIELD name RETURN name } RETURN name", ""),
				arguments("gds.graph.list", "CALL gds.graph.list()", "in-memory graphs"),
				arguments("a procedure with implicit arguments", "CALL apoc.spatial.geocodeOnce", "apoc.spatial.geocodeOnce"),
				arguments("a name in backticks", "RETURN `apoc`.`coll`.`fill`('x', 1000000000) AS n", "apoc.coll.fill"),
				arguments("a name split by spaces and comments", "RETURN apoc . coll /* . sum */ . fill\n ('x', 1000000000) AS n",
						"apoc.coll.fill"),
				arguments("a name after a quoted comment mark", "RETURN 1 AS `x//`, apoc.text.repeat('x', 1000000000) AS n",
						"apoc.text.repeat"),
				arguments("a name beside a string", "RETURN 'a\\'b' AS s, apoc.coll.fill('x', 1000000000) AS n", "apoc.coll.fill"),
				// Built-in memory hogs: Neo4j's transaction memory limit stops them, and the byte cap a huge row.
				arguments("collecting too much", "WITH apoc.text.join([y IN range(1, 10000) | 'abcdefghij'], '') AS s UNWIND range(1, 1000000) AS x RETURN size(collect(s + x)) AS n",
						"more memory than a console query may use"),
				arguments("a row bigger than the byte cap", "UNWIND range(1, 2000000) AS x RETURN collect(x) AS c",
						"a row of more than 4194304 bytes"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesEveryWayOfWritingAndChangesNothing(String kind, String query, String reason) {
		Map<String, Object> before = graphState();

		Response response = cypher(query, Map.of());

		assertRefused(response, "query", reason);
		assertThat(graphState()).isEqualTo(before);
		// And the server is healthy afterwards: it answers the next query and its health.
		assertThat(cypher("MATCH (c:Country {id: 'MMR'}) RETURN c.name AS name", Map.of()).<String>json("$.rows[0][0]"))
			.isEqualTo("Myanmar");
		assertThat(get("/actuator/health").body()).contains("\"UP\"");
	}

	@Test
	void runsAllowedApocAndNamespacedBuiltInFunctions() {
		Response response = cypher("""
				RETURN apoc.coll.sum([1, 2, 3]) AS sum, apoc.text.join(['a', 'b'], '-') AS joined,
				       apoc.map.merge({a: 1}, {b: 2}) AS merged, date.truncate('month', date('2024-03-30')) AS month,
				       point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS distance,
				       vector.similarity.cosine([1.0, 0.0], [1.0, 0.0]) AS cosine, 'apoc.coll.fill(x)' AS text""", Map.of());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<List<Object>>json("$.rows[0]")).containsExactly(6.0, "a-b", Map.of("a", 1, "b", 2), "2024-03-01",
				5.0, 1.0, "apoc.coll.fill(x)");
		assertThat(cypher("CALL db.labels() YIELD label RETURN collect(label) AS labels", Map.of())
			.<List<String>>json("$.rows[0][0]")).contains("Country", "Fact");
		assertThat(cypher("CALL db.schema.visualization", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void cutsTheAnswerAtTheByteCapAndSaysSo() {
		Response response = cypher(
				"UNWIND range(1, 1000) AS x RETURN x, apoc.text.join([y IN range(1, 1000) | 'abcdefghij'], '') AS s", Map.of());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.<Boolean>json("$.truncated")).isTrue();
		// Each row is about 10 KB of JSON: 4 MB holds about 400 of them.
		assertThat(response.<List<Object>>json("$.rows")).hasSizeBetween(380, 420);
		assertThat(response.body().length()).isLessThan(4 * 1024 * 1024 + 1000);
	}

	@Test
	void keepsTheTimeLimitWhileTheAnswerStreams() {
		var console = new CypherConsole(this.driver, DatabaseSelectionProvider.getDefaultSelectionProvider(),
				new CypherConsoleProperties(Duration.ofMillis(200), 100_000, DataSize.ofMegabytes(500)), this.allowed);
		long started = System.nanoTime();

		// Each row is quick to compute; reading 10^5 rows of 10 KB, the answer outlasts the limit.
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> console.run(
					"UNWIND range(1, 100000) AS x RETURN x, apoc.text.join([y IN range(1, 1000) | 'abcdefghij'], '') AS s",
					Map.of()))
			.satisfies(ex -> assertThat(ex.getBody().getDetail()).contains("time limit of 200 ms"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	/** Everything a refused query could have changed: data, tokens, schema, users, GDS graphs. */
	private Map<String, Object> graphState() {
		Map<String, Object> state = new LinkedHashMap<>();
		// One round trip for what one query can read: each refusal reads the state twice.
		this.driver.executableQuery("""
				CALL () { RETURN apoc.hashing.fingerprintGraph() AS fingerprint }
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				CALL () { CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS gdsGraphs }
				RETURN fingerprint, nodes, relationships, gdsGraphs""").execute().records().get(0).asMap().forEach(state::put);
		state.put("indexes", value("SHOW INDEXES YIELD name RETURN collect(name) AS v"));
		state.put("constraints", value("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS v"));
		// Neo4j warns of a label, type or property key it has never seen: the probe's tokens must stay unknown.
		ResultSummary probe = this.driver.executableQuery(
				"EXPLAIN MATCH (n:ConsoleProbe)-[:CONSOLE_PROBE]->() WHERE n.consoleProbe = 1 RETURN n")
			.execute()
			.summary();
		state.put("unknownProbeTokens", probe.notifications().stream().map(n -> n.code()).sorted().toList());
		try (var system = this.driver.session(SessionConfig.forDatabase("system"))) {
			state.put("users", system.run("SHOW USERS YIELD user RETURN collect(user) AS v").single().get("v").asObject());
			state.put("databases", system.run("SHOW DATABASES YIELD name, currentStatus RETURN collect([name, currentStatus]) AS v")
				.single()
				.get("v")
				.asObject());
		}
		assertThat((List<?>) state.get("unknownProbeTokens")).hasSize(3);
		return state;
	}

	private Object value(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("v").asObject();
	}

	private Response cypher(String query, Map<String, Object> params) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("params", params);
		return post("/api/cypher", json.writeValueAsString(body));
	}

	private void assertRefused(Response response, String field, String reason) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
		assertThat(response.<String>json("$.errors[0].reason")).contains(reason).isNotBlank();
		assertThat(response.body()).doesNotContain("at org.");
	}

	private static Map<String, Object> mapOf(String key, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

}
