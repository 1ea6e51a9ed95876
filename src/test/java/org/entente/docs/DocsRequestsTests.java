package org.entente.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every request README.md and docs/*.md show (a curl against localhost:8080 in a {@code sh} block followed by
 * the answer in a {@code json} block) against the app on the seed, and checks that the app still answers what the
 * docs say, by the rules at the top of docs/api.md. Each example is a test named by its file and line.
 * <p>
 * The docs show answers on the seed as a user first starts it, so this class runs first of all but SeedCypherTests,
 * which only reads (their {@link Order}; junit-platform.properties orders classes so), on the seed database the
 * other integration tests then share.
 */
@Order(1)
class DocsRequestsTests extends IntegrationTest {

	/** Finding fewer would sooner mean that examples are missed than that the docs show so few. */
	private static final int AT_LEAST = 20;

	private static final Path PROJECT = Path.of("");

	/** What {@code curl -o FILE} saved, for a later {@code --data @FILE}. */
	private final Map<String, String> saved = new HashMap<>();


	@TestFactory
	Stream<DynamicTest> everyRequestTheDocsShowGetsTheAnswerShown() {
		List<DocExample> examples = DocExample.docs(PROJECT).stream().flatMap(doc -> DocExample.in(doc).stream()).toList();
		assertThat(examples).as("examples found in the docs").hasSizeGreaterThanOrEqualTo(AT_LEAST);
		return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
	}

	private void check(DocExample example) {
		Response response = null;
		for (Curl curl : example.requests()) {
			response = send(curl.method(), curl.path(), curl.headers(), curl.body(this::file));
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
