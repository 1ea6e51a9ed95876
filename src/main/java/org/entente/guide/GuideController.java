package org.entente.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.cypher.CypherQueries;

import org.springframework.core.io.ResourceLoader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the Neo4j Browser guide ({@code guide/entente.html}) with each {@code data-query} block filled from its
 * saved query in {@code cypher/queries/}: the guide shows the very query the service runs.
 */
@RestController
class GuideController {

	private static final Pattern SAVED_QUERY = Pattern.compile("(<pre class=\"[^\"]*\" data-query=\"([a-z-]+)\">)</pre>");

	private final String guide;

	GuideController(ResourceLoader resources, CypherQueries queries) {
		this.guide = fill(read(resources, "classpath:guide/entente.html"), queries);
	}

	@GetMapping(path = "/guides/entente.html", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		return this.guide;
	}

	private static String fill(String template, CypherQueries queries) {
		Matcher block = SAVED_QUERY.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (block.find()) {
			String query = HtmlUtils.htmlEscape(queries.get(block.group(2)).strip());
			block.appendReplacement(filled, Matcher.quoteReplacement(block.group(1) + query + "</pre>"));
		}
		return block.appendTail(filled).toString();
	}

	private static String read(ResourceLoader resources, String location) {
		try {
			return resources.getResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
