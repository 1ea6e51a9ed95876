package org.entente.cypher;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.entente.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script in {@code cypher/} runs against the real database exactly as a console user would run it (and is
 * rolled back): saved
 * queries with the parameters their own header documents (the {@code :param} lines for Neo4j Browser), and each
 * of those returns rows on the seed.
 */
class CypherScriptsTests extends IntegrationTest {

	private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*(.+?)(?=\\s{2,}:param|$)",
			Pattern.MULTILINE);

	@Autowired
	Driver driver;

	static Stream<Resource> scripts() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/**/*.cypher"));
	}

	static Stream<Resource> savedQueries() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scripts")
	void everyScriptRuns(Resource resource) throws IOException {
		CypherScript script = CypherScript.of(resource);
		Map<String, Object> params = documentedParameters(resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(script.statements()).isNotEmpty();
		// Each statement in a transaction that is rolled back: the examples must run, not change the test database.
		try (Session session = this.driver.session()) {
			for (String statement : script.statements()) {
				try (Transaction tx = session.beginTransaction()) {
					tx.run(statement, params).consume();
					tx.rollback();
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("savedQueries")
	void everySavedQueryAnswersItsDocumentedExample(Resource resource) throws IOException {
		String text = resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String statement = CypherScript.of(resource).single();
		assertThat(text).as("a saved query starts with a comment saying what it answers").startsWith("// ");
		if (statement.contains("$")) {
			assertThat(text).as("documents its parameters with :param lines").contains(":param");
		}

		List<Record> rows = this.driver.executableQuery(statement).withParameters(documentedParameters(text)).execute().records();

		assertThat(rows).isNotEmpty();
	}

	/** Evaluates the {@code :param name => literal} lines of a script's header comment. */
	private Map<String, Object> documentedParameters(String text) {
		Map<String, Object> params = new HashMap<>();
		text.lines().filter(line -> line.startsWith("//")).forEach(line -> {
			Matcher m = PARAM.matcher(line);
			while (m.find()) {
				Object value = this.driver.executableQuery("RETURN " + m.group(2).strip() + " AS v")
					.execute()
					.records()
					.get(0)
					.get("v")
					.asObject();
				params.put(m.group(1), value);
			}
		});
		return params;
	}

}
