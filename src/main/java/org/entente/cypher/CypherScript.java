package org.entente.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * A script from {@code cypher/}, as a console user would paste it: full-line {@code //} comments, statements ended
 * by a {@code ;} at the end of a line.
 *
 * @param name the file name, for messages
 * @param statements the statements, in order, without their final {@code ;}
 * @param sha256 the hex SHA-256 of the file's text, to tell a changed script from one already applied
 */
public record CypherScript(String name, List<String> statements, String sha256) {

	private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*//.*$");

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

	public static CypherScript of(Resource resource) {
		try {
			return parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	public static CypherScript parse(String name, String text) {
		String code = COMMENT_LINE.matcher(text).replaceAll("");
		List<String> statements = Arrays.stream(STATEMENT_END.split(code))
			.map(String::strip)
			.filter(statement -> !statement.isEmpty())
			.toList();
		return new CypherScript(name, statements, AppliedScripts.sha256(text));
	}

	/** The script's one statement: for the saved queries the service runs. */
	public String single() {
		if (this.statements.size() != 1) {
			throw new IllegalStateException(this.name + " holds " + this.statements.size() + " statements, not one");
		}
		return this.statements.get(0);
	}

}
