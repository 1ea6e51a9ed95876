package org.entente.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.IntegrationTest;
import org.entente.cypher.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j Browser guide ({@code :play http://localhost:8080/guides/entente.html}): served where Browser may fetch
 * it, in Browser's guide format, and every runnable block in it either sets parameters or runs on the seed, the
 * saved queries among them exactly as the files in {@code cypher/queries/} have them.
 */
class GuideTests extends IntegrationTest {

	private static final String GUIDE = "/guides/entente.html";

	private static final Pattern RUNNABLE = Pattern.compile(
			"<pre class=\"([^\"]*\\brunnable\\b[^\"]*)\"(?: data-query=\"([^\"]+)\")?>(.*?)</pre>", Pattern.DOTALL);

	private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*(.+?);?");

	private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*//.*$");

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Test
	void isServedToNeo4jBrowserFromAnyOrigin() {
		Response guide = get(GUIDE);
		// Browser asks with Pragma and Cache-Control headers from its own origin, so a preflight comes first.
		Response preflight = send("OPTIONS", GUIDE, Map.of("Origin", "http://localhost:7474",
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "pragma,cache-control"));
		Response fetched = send("GET", GUIDE, Map.of("Origin", "http://localhost:7474", "Pragma", "no-cache",
				"Cache-Control", "no-cache"));

		assertThat(guide.status()).isEqualTo(200);
		assertThat(guide.contentType()).startsWith("text/html");
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("pragma")
			.containsIgnoringCase("cache-control");
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void neo4jBrowserMayPlayGuidesFromLocalhost() {
		Record setting = this.driver.executableQuery("""
				CALL dbms.clientConfig() YIELD name, value
				WHERE name = 'browser.remote_content_hostname_whitelist'
				RETURN value""").execute().records().get(0);

		assertThat(setting.get("value").asString().split(",")).contains("localhost", "guides.neo4j.com");
	}

	@Test
	void isABrowserGuideOfSlides() {
		String html = get(GUIDE).body();

		assertThat(html).contains("<article class=\"guide\">").contains("<carousel class=\"deck container-fluid\">");
		assertThat(html.split("<slide class=\"row-fluid\">", -1)).hasSizeGreaterThan(10);
		assertThat(html.split("<slide", -1)).hasSameSizeAs(html.split("</slide>", -1));
	}

	@Test
	void walksThroughTheSavedQueries() {
		List<String> played = blocks(get(GUIDE).body()).stream().map(Block::query).filter(name -> name != null).toList();

		assertThat(played).containsExactly("search", "country", "entity", "alliance-paths", "strongest-paths",
				"cooperation", "cooperation", "cooperation", "who-honored-whom");
	}

	/** Played in order, as in Browser: parameter blocks set parameters for the queries that follow. */
	@Test
	void everyRunnableBlockSetsParametersOrRunsOnTheSeed() {
		Map<String, Object> params = new HashMap<>();
		List<Block> blocks = blocks(get(GUIDE).body());
		assertThat(blocks).hasSizeGreaterThan(15);

		for (Block block : blocks) {
			if (block.text().startsWith(":param")) {
				block.text().lines().forEach(line -> {
					Matcher param = PARAM.matcher(line.strip());
					assertThat(param.matches()).as(line).isTrue();
					params.put(param.group(1), this.driver.executableQuery("RETURN " + param.group(2) + " AS v")
						.execute()
						.records()
						.get(0)
						.get("v")
						.asObject());
				});
				continue;
			}
			if (block.query() != null) {
				assertThat(normalized(block.text())).as("the guide's copy of " + block.query() + ".cypher")
					.isEqualTo(normalized(this.queries.get(block.query())));
			}
			List<Record> rows = this.driver.executableQuery(block.text()).withParameters(params).execute().records();
			if (block.query() != null) {
				assertThat(rows).as(block.query() + " with " + params).isNotEmpty();
			}
		}
	}

	private record Block(String query, String text) {
	}

	private static List<Block> blocks(String html) {
		List<Block> blocks = new ArrayList<>();
		Matcher pre = RUNNABLE.matcher(html);
		while (pre.find()) {
			blocks.add(new Block(pre.group(2), unescape(pre.group(3)).strip()));
		}
		return blocks;
	}

	/** What Browser puts in its editor: the block's text, entities decoded. */
	private static String unescape(String html) {
		Map<String, String> entities = new LinkedHashMap<>();
		entities.put("&lt;", "<");
		entities.put("&gt;", ">");
		entities.put("&quot;", "\"");
		entities.put("&#39;", "'");
		entities.put("&amp;", "&");
		String text = html;
		for (Map.Entry<String, String> entity : entities.entrySet()) {
			text = text.replace(entity.getKey(), entity.getValue());
		}
		return text;
	}

	/** A query without its comments and blank lines: the guide may keep the comments the service does not need. */
	private static String normalized(String query) {
		return COMMENT_LINE.matcher(query).replaceAll("").lines().filter(line -> !line.isBlank())
			.map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
	}

}
