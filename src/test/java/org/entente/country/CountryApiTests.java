package org.entente.country;

import java.util.List;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryApiTests extends IntegrationTest {

	@Test
	void listsCountriesWithTheirCodes() {
		Response response = get("/api/countries");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<String>>json("$[*].id")).contains("MMR", "RUS");
		assertThat(response.<List<String>>json("$[?(@.id == 'MMR')].iso2")).containsExactly("MM");
		assertThat(response.<List<Integer>>json("$[?(@.id == 'RUS')].cowCode")).containsExactly(365);
	}

	@Test
	void showsACountryWithItsMilitariesAndOfficials() {
		Response response = get("/api/countries/mmr");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.id")).isEqualTo("MMR");
		assertThat(response.<String>json("$.wikidata")).isEqualTo("Q836");
		assertThat(response.<List<String>>json("$.militaries[*].id")).containsExactly("mil-mmr-armed-forces");
		assertThat(response.<List<String>>json("$.officials[*].name")).containsExactly("Min Aung Hlaing", "Soe Win");
		assertThat(response.<List<String>>json("$.officials[?(@.id == 'off-soe-win')].title"))
			.containsExactly("deputy to Min Aung Hlaing");
	}

	@Test
	void unknownCountryIsANotFoundProblem() {
		Response response = get("/api/countries/XYZ");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).contains("XYZ");
	}

	@Test
	void malformedCodeIsABadRequestNamingTheParameter() {
		Response response = get("/api/countries/MYANMAR");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.errors[0].field")).isEqualTo("iso3");
		assertThat(response.<String>json("$.errors[0].reason")).contains("alpha-3");
	}

}
