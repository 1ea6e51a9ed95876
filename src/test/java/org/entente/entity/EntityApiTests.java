package org.entente.entity;

import java.util.List;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EntityApiTests extends IntegrationTest {

	@ParameterizedTest
	@CsvSource({ "Min Aung Hlaing, off-min-aung-hlaing", "min aung, off-min-aung-hlaing", "HLAI, off-min-aung-hlaing",
			"soe, off-soe-win", "tatmadaw junta, ''", "junta, mil-mmr-armed-forces", "myanmar military, mil-mmr-armed-forces" })
	void searchIsCaseInsensitiveAndPartialOnNamesAndAliases(String q, String expectedFirst) {
		Response response = get("/api/search?q=" + q.replace(" ", "+"));

		assertThat(response.status()).isEqualTo(200);
		List<String> ids = response.json("$[*].id");
		if (expectedFirst.isEmpty()) {
			assertThat(ids).isEmpty();
		}
		else {
			assertThat(ids).first().isEqualTo(expectedFirst);
			assertThat(response.<List<List<String>>>json("$[0].labels")).isNotEmpty();
		}
	}

	@Test
	void searchStripsQuerySyntax() {
		Response response = get("/api/search?q=hlaing%22%29%20OR%20*%3A*");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<String>>json("$[*].name")).isNotEmpty().allMatch(name -> name.contains("Hlaing"));
	}

	@Test
	void entityShowsPropertiesAndEveryRelationshipWithItsSource() {
		Response response = get("/api/entities/off-min-aung-hlaing");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.labels")).containsExactlyInAnyOrder("Entity", "Official");
		assertThat(response.<String>json("$.properties.name")).isEqualTo("Min Aung Hlaing");
		assertThat(response.<List<String>>json("$.relationships[*].type")).contains("HOLDS", "CONFERRED", "AWARDED_TO",
				"MENTIONED_IN");
		assertThat(response.<List<String>>json("$.relationships[?(@.type == 'CONFERRED')].otherId"))
			.containsExactly("cnf-2024-03-28-mmr-titles-to-27-russian-officers");
		assertThat(response.<List<Object>>json("$.relationships[?(@.source == null)]")).isEmpty();
		assertThat(response.<List<String>>json("$.relationships[*].source.date")).containsOnly("2024-03-30");
	}

	@Test
	void factEntityCarriesItsImpreciseDate() {
		Response response = get("/api/entities/cnf-2021-2024-mmr-honors-to-5-russians");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.properties.date")).isEqualTo("2021/2024-03-27");
		assertThat(response.<String>json("$.properties.dateTo")).isEqualTo("2024-03-27");
		assertThat(response.<Integer>json("$.properties.count")).isEqualTo(5);
	}

	@Test
	void unknownEntityIsANotFoundProblem() {
		Response response = get("/api/entities/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.id")).isEqualTo("no-such-thing");
	}

}
