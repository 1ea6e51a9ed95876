package org.entente.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.ApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every request README.md and docs/*.md show (a curl against localhost:8080 in a {@code sh} block followed by
 * the answer in a {@code json} block) against the app on the seed, and checks that the app still answers what the
 * docs say, by the rules at the top of docs/api.md. Each example is a test named by its file and line.
 * <p>
 * The app is the one {@link org.entente.IntegrationTest} starts (schema, reference tables and the seed), but on a
 * database folder of its own: the docs import dossiers, and the other tests share the seed database unchanged. (A
 * subclass of IntegrationTest cannot choose its folder: the superclass's dynamic property wins, and two contexts
 * would then open one folder.)
 */
class DocsRequestsTests extends ApiTest {

	/** Finding fewer would sooner mean that examples are missed than that the docs show so few. */
	private static final int AT_LEAST = 20;

	private static final Path PROJECT = Path.of("");

	// The docs import dossiers: a database of their own keeps the seed database of the other tests as it is.
	private static final Path DATA_DIR = newDataDir("entente-docs-data");

	/** What {@code curl -o FILE} saved, for a later {@code --data @FILE}. */
	private final Map<String, String> saved = new HashMap<>();

	@DynamicPropertySource
	static void docsDataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

	@TestFactory
	Stream<DynamicTest> everyRequestTheDocsShowGetsTheAnswerShown() {
		List<DocExample> examples = DocExample.docs(PROJECT).stream().flatMap(doc -> DocExample.in(doc).stream()).toList();
		assertThat(examples).as("examples found in the docs").hasSizeGreaterThanOrEqualTo(AT_LEAST);
		return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
	}

	private void check(DocExample example) {
		Response response = null;
		for (Curl curl : example.requests()) {
			response = send(curl.request(this.port, this::file));
			if (curl.output() != null) {
				this.saved.put(curl.output(), response.body());
			}
		}
		String mismatch = ShownAnswer.mismatch(ShownAnswer.read(example.answer()), answer(example, response), "$");
		if (mismatch != null) {
			fail("%s: %s%nThe app answers (HTTP %d):%n%s", example, mismatch, response.status(), response.body());
		}
	}

	private static JsonNode answer(DocExample example, Response response) {
		try {
			return ShownAnswer.read(response.body());
		}
		catch (JacksonException ex) {
			return fail("%s: the answer is not JSON (HTTP %d):%n%s", example, response.status(), response.body());
		}
	}

	/** A file named by {@code @FILE}: one an earlier {@code -o} saved, or else one in the project. */
	private String file(String name) {
		try {
			return this.saved.containsKey(name) ? this.saved.get(name) : Files.readString(PROJECT.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
