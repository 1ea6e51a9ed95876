package org.entente.bloom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.entente.IntegrationTest;
import org.entente.cypher.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bloom perspective the app serves is the one {@link BloomPerspective} makes from the model, it covers every label
 * and relationship type of the seeded graph, and each search phrase runs on the seed with a value from its own
 * suggestions and draws something.
 */
class BloomPerspectiveTests extends IntegrationTest {

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Autowired
	BloomPerspective perspective;

	@Test
	void isServedAsAFileToImportInBloom() {
		Response served = get("/bloom/entente.bloom-perspective");

		assertThat(served.status()).isEqualTo(200);
		assertThat(served.contentType()).startsWith("application/json");
		assertThat(served.header("Content-Disposition")).contains("attachment").contains("entente.bloom-perspective");
		assertThat(served.body()).isEqualTo(this.perspective.generate());
	}

	@Test
	void everyLabelAndRelationshipTypeOfTheGraphHasAnEntry() {
		String perspective = get("/bloom/entente.bloom-perspective").body();
		List<String> labels = column("CALL db.labels() YIELD label RETURN label AS v");
		List<String> types = column("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS v");

		assertThat(JsonPath.<List<String>>read(perspective, "$.categories[*].labels[*]"))
			.containsAll(labels.stream().filter(label -> !BloomPerspective.UNCATEGORISED.contains(label)).toList())
			.doesNotHaveDuplicates();
		assertThat(JsonPath.<List<String>>read(perspective, "$.relationshipTypes[*].name")).containsAll(types);
		assertThat(JsonPath.<List<Integer>>read(perspective, "$.categories[*].id")).startsWith(0).doesNotHaveDuplicates();
		assertThat(JsonPath.<List<String>>read(perspective, "$.categories[?(@.id > 0)].caption[0]")).containsOnly("name");
		assertThat(JsonPath.<List<String>>read(perspective, "$.categories[?(@.name == 'Engagement')].styleRules[*].basedOn"))
			.containsExactly("goldstein", "goldstein");
		// Countries are coloured by the bloc POST /api/network/blocs writes, even before it has written any.
		assertThat(JsonPath.<List<String>>read(perspective, "$.categories[?(@.name == 'Country')].styleRules[*].basedOn"))
			.containsExactly("bloc");
		assertThat(JsonPath.<List<String>>read(perspective, "$.categories[?(@.name == 'Country')].properties[*].name"))
			.contains("bloc", "blocAsOf");
	}

	@Test
	void everySearchPhraseRunsOnTheSeedWithItsOwnSuggestionsAndDrawsSomething() {
		assertThat(BloomPerspective.PHRASES).extracting(BloomPerspective.Phrase::text)
			.contains("alliance path from $from to $to", "cooperation of $country", "honors conferred by $country",
					"who honored whom");

		for (BloomPerspective.Phrase phrase : BloomPerspective.PHRASES) {
			Map<String, Object> params = new HashMap<>();
			for (BloomPerspective.Param param : phrase.params()) {
				List<String> suggestions = (param.cypher() != null) ? column(param.cypher())
						: column("MATCH (n:`" + param.label() + "`) RETURN n.`" + param.key() + "` AS v");
				assertThat(suggestions).as("suggestions for $%s in '%s'", param.name(), phrase.text())
					.contains(param.example());
				params.put(param.name(), param.example());
			}

			List<Record> rows = this.driver.executableQuery(BloomPerspective.cypher(phrase, this.queries))
				.withParameters(params)
				.execute()
				.records();

			assertThat(rows.stream().flatMap(row -> row.values().stream()).map(value -> value.asObject())
				.filter(BloomPerspectiveTests::drawable))
				.as("'%s' with %s draws nodes or relationships", phrase.text(), params)
				.isNotEmpty();
		}
	}

	private static boolean drawable(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().anyMatch(BloomPerspectiveTests::drawable);
		}
		return value instanceof Node || value instanceof Relationship || value instanceof Path;
	}

	private List<String> column(String query) {
		return this.driver.executableQuery(query).execute().records().stream().map(row -> row.get(0).asString()).toList();
	}

}
