package org.entente;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the analytics must say about the seed article. */
class SeedAnalyticsTests extends IntegrationTest {

	@Test
	void soeWinIsTiedToTheRussianDefenseMinistry() {
		Response response = get("/api/paths?from=off-soe-win&to=mil-rus-defense-ministry&asOf=2024-03-30");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<Object>>json("$.paths")).isNotEmpty();
		// The fewest hops: Russia honored Soe Win, and the ministry is Russia's.
		assertThat(response.<List<String>>json("$.paths[0].nodes[*].id")).containsExactly("off-soe-win",
				"cnf-rus-honor-to-soe-win", "RUS", "mil-rus-defense-ministry");
	}

	@Test
	void myanmarAndRussiaCooperateBothWaysOnTheArticlesEvidence() {
		Response response = get("/api/cooperation?a=MMR&b=RUS&asOf=2024-03-30&evidence=true");

		assertThat(response.<Double>json("$.score")).isPositive();
		assertThat(response.<Double>json("$.reciprocity")).isGreaterThan(0.5);
		assertThat(response.<List<String>>json(
				"$.evidence[?(@.id == 'cnf-2024-03-28-mmr-titles-to-27-russian-officers')].date")).containsExactly("2024-03-28");
		assertThat(response.<List<String>>json(
				"$.evidence[?(@.id == 'eng-2024-mmr-rus-joint-military-activities-planned')].kind")).containsExactly("intent");
		assertThat(response.<List<String>>json("$.evidence[*].sourceId")).containsOnly("src-article-000-c0b8e9393a674a5f");
	}

	@Test
	void russiaIsMyanmarsFirstPartner() {
		assertThat(get("/api/cooperation/partners?of=MMR&asOf=2024-03-30").<String>json("$[0].id")).isEqualTo("RUS");
	}

	@Test
	void nothingHadCertainlyHappenedYetAtTheStartOf2021() {
		Response response = get("/api/cooperation?a=MMR&b=RUS&asOf=2021-01-01&evidence=true");

		// Only the honors "since the 2021 coup" may have begun (the article gives the year): they are in the range.
		assertThat(response.<Number>json("$.score").doubleValue()).isZero();
		assertThat(response.<List<Object>>json("$.components")).isEmpty();
		assertThat(response.<List<String>>json("$.evidence[*].id")).containsExactly("cnf-2021-2024-mmr-honors-to-5-russians");
		assertThat(response.<List<Boolean>>json("$.evidence[*].certain")).containsExactly(false);
		assertThat(response.<Number>json("$.range.high").doubleValue()).isPositive();
		assertThat(get("/api/cooperation?a=MMR&b=RUS&asOf=2020-12-31&evidence=true").<List<Object>>json("$.evidence")).isEmpty();
	}

	@Test
	void theMilitarysTieToEthnicArmiesIsHostileAndCarriesNoPath() {
		for (String armedGroup : List.of("ag-mmr-ethnic-armies", "ag-mmr-resistance-forces")) {
			assertThat(get("/api/cooperation?a=mil-mmr-armed-forces&b=" + armedGroup + "&asOf=2024-03-30")
				.<Double>json("$.score")).isNegative();
			for (String mode : List.of("shortest", "strongest")) {
				assertThat(get("/api/paths?from=mil-mmr-armed-forces&to=" + armedGroup + "&asOf=2024-03-30&maxHops=8&mode="
						+ mode).<List<Object>>json("$.paths")).isEmpty();
			}
		}
	}

}
