package org.entente.cypher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsAtLineEndsAndDropsCommentLines() {
		CypherScript script = CypherScript.parse("t.cypher", """
				// a header; with a semicolon
				MERGE (s:Source {url: 'https://example.org/a;b'})
				SET s.x = 1;

				  // indented comment
				RETURN 1;
				""");

		assertThat(script.statements()).containsExactly(
				"MERGE (s:Source {url: 'https://example.org/a;b'})\nSET s.x = 1", "RETURN 1");
	}

	@Test
	void checksumFollowsTheText() {
		assertThat(CypherScript.parse("a", "RETURN 1;").sha256())
			.isEqualTo(CypherScript.parse("b", "RETURN 1;").sha256())
			.isNotEqualTo(CypherScript.parse("a", "RETURN 2;").sha256())
			.hasSize(64);
	}

	@Test
	void singleRefusesAScriptOfSeveralStatements() {
		assertThatIllegalStateException().isThrownBy(() -> CypherScript.parse("two", "RETURN 1;\nRETURN 2;").single())
			.withMessageContaining("2 statements");
	}

}
