package org.entente.calibration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cooperation model on cases worked out by hand, in the calibration database, between fictional countries
 * (user-assigned ISO codes XQA to XQH) so that the real pairs are not touched: one event from several sources, an
 * open-ended war, a disputed claim, a plan and its fulfilment, a head of state in a state body. Each dossier is
 * version 2 and imported through the API.
 */
class ModelScenarioTests extends CalibrationTest {

	private static final double STANDING = 6.29;

	@Test
	void oneEventFromTwoSourcesIsOneFactWithBothSourcesAndTheScoreUnchanged() {
		countries("XQA", "QM", "XQB", "QN");
		String fact = """
				{"type": "Engagement", "id": "%s", "cameo": "062", "actors": ["XQA", "XQB"], "joint": true,
				 "date": "2024-05-10", "count": %d, "countQualifier": "exactly"}""";
		imported(dossier("src-scn-exercise-1", "2024-05-11", "[]", "[" + fact.formatted("eng-scn-exercise-1", 27) + "]"));
		Response once = get("/api/cooperation?a=XQA&b=XQB&asOf=2024-06-01&evidence=true");
		imported(dossier("src-scn-exercise-2", "2024-05-12", "[]", "[" + fact.formatted("eng-scn-exercise-other-id", 30) + "]"));
		Response twice = get("/api/cooperation?a=XQA&b=XQB&asOf=2024-06-01&evidence=true");

		double exercise = 7.4 * (1 + Math.log10(27)) * Math.pow(0.5, 22 / 365.0); // the smaller count
		assertThat(once.<Number>json("$.score").doubleValue()).isCloseTo(exercise, within(1e-9));
		assertThat(twice.<Number>json("$.score").doubleValue()).isCloseTo(exercise, within(1e-9));
		assertThat(twice.<List<String>>json("$.evidence[*].id")).containsExactly("eng-scn-exercise-1");
		assertThat(twice.<List<String>>json("$.evidence[0].sourceIds")).containsExactly("src-scn-exercise-1",
				"src-scn-exercise-2");
		assertThat(twice.<Number>json("$.evidence[0].sources").intValue()).isEqualTo(2);
		// Two sources: the range no longer reaches down to half; it reaches up to the larger count.
		assertThat(once.<Number>json("$.range.low").doubleValue()).isCloseTo(exercise / 2, within(1e-9));
		assertThat(twice.<Number>json("$.range.low").doubleValue()).isCloseTo(exercise, within(1e-9));
		assertThat(twice.<Number>json("$.range.high").doubleValue())
			.isCloseTo(7.4 * (1 + Math.log10(30)) * Math.pow(0.5, 22 / 365.0), within(1e-9));
		assertThat(twice.<Number>json("$.singleSource").doubleValue()).isZero();
		// Each source's own count is kept on its report.
		Response reports = post("/api/cypher", """
				{"query": "MATCH (:Fact {id: 'eng-scn-exercise-1'})-[r:REPORTED_IN]->(s) RETURN s.id, r.count ORDER BY s.id"}""");
		assertThat(reports.<List<Object>>json("$.rows")).containsExactly(List.of("src-scn-exercise-1", 27),
				List.of("src-scn-exercise-2", 30));
		// The rollups say the same.
		assertThat(get("/api/cooperation?a=XQA&b=XQB&asOf=2024-06-01").<Number>json("$.score").doubleValue())
			.isCloseTo(exercise, within(1e-9));
	}

	@Test
	void anOpenEndedWarKeepsItsDyadNegativeYearsLaterWhateverAGesture() {
		countries("XQC", "QO", "XQD", "QP");
		imported(dossier("src-scn-war", "2022-03-01", "[]", """
				[{"type": "Engagement", "id": "eng-scn-war", "cameo": "190", "actors": ["XQC"], "targets": ["XQD"],
				  "date": "2022-02-24/..", "summary": "XQC invades XQD"},
				 {"type": "Engagement", "id": "eng-scn-visit", "cameo": "042", "actors": ["XQC"], "targets": ["XQD"],
				  "date": "2022-02-28"}]"""));

		for (String asOf : List.of("2022-06-01", "2026-06-01")) {
			Response response = get("/api/cooperation?a=XQC&b=XQD&asOf=" + asOf + "&evidence=true");
			Response rolled = get("/api/cooperation?a=XQC&b=XQD&asOf=" + asOf);
			double visit = 1.9 * Math.pow(0.5, (asOf.startsWith("2022") ? 93 : 1554) / 365.0);
			assertThat(response.<Number>json("$.score").doubleValue()).isCloseTo(-10 * STANDING + visit, within(1e-9))
				.isNegative();
			assertThat(rolled.<Number>json("$.score").doubleValue()).isCloseTo(-10 * STANDING + visit, within(1e-9));
			assertThat(response.<List<String>>json("$.evidence[?(@.id == 'eng-scn-war')].kind")).containsExactly("ongoing");
		}
		// Not reported since 2022-03-01, it may have ended: the range's bound nearer zero decays from that day.
		Response later = get("/api/cooperation?a=XQC&b=XQD&asOf=2026-06-01&evidence=true");
		assertThat(later.<List<Number>>json("$.evidence[?(@.id == 'eng-scn-war')].high").get(0).doubleValue())
			.isCloseTo(-10 * STANDING * 0.5 * Math.pow(0.5, 1553 / 365.0), within(1e-9));
	}

	@Test
	void aDisputedClaimNeverCountsAsSettledAndAPlanFulfilledCountsOnce() {
		countries("XQE", "QQ", "XQF", "QR");
		imported(dossier("src-scn-plan", "2024-01-10", "[]", """
				[{"type": "Engagement", "id": "eng-scn-plan", "cameo": "042", "actors": ["XQE"], "targets": ["XQF"],
				  "status": "planned", "date": "2024-01-10"},
				 {"type": "Engagement", "id": "eng-scn-claim", "cameo": "062", "actors": ["XQE"], "targets": ["XQF"],
				  "date": "2024-01-05", "claim": "disputed"}]"""));
		imported(dossier("src-scn-visit", "2024-03-02", "[]", """
				[{"type": "Engagement", "id": "eng-scn-visit-done", "cameo": "042", "actors": ["XQE"], "targets": ["XQF"],
				  "date": "2024-03-01", "fulfills": "eng-scn-plan"}]"""));

		Response before = get("/api/cooperation?a=XQE&b=XQF&asOf=2024-02-01&evidence=true");
		Response after = get("/api/cooperation?a=XQE&b=XQF&asOf=2024-03-01&evidence=true");
		double plan = 1.9 * 0.7 * Math.pow(0.5, 22 / 365.0);
		assertThat(before.<Number>json("$.score").doubleValue()).isCloseTo(plan, within(1e-9));
		assertThat(before.<Number>json("$.range.high").doubleValue())
			.isCloseTo(plan + 7.4 * Math.pow(0.5, 27 / 365.0), within(1e-9));
		assertThat(after.<Number>json("$.score").doubleValue()).isCloseTo(1.9, within(1e-9));
		assertThat(after.<Map<String, Object>>json("$.announced")).containsEntry("planned", 1).containsEntry("fulfilled", 1);
		assertThat(get("/api/cooperation?a=XQE&b=XQF&asOf=2024-03-01").<Number>json("$.score").doubleValue())
			.isCloseTo(1.9, within(1e-9));
	}

	@Test
	void aHeadOfStateInAStateBodyTiesHisCountry() {
		countries("XQG", "QS", "XQH", "QT");
		imported(dossier("src-scn-president", "2024-04-02", """
				[{"type": "StateBody", "id": "sb-xqg-presidency", "name": "Presidency of XQG", "country": "XQG",
				  "kind": "head of state's office"},
				 {"type": "Official", "id": "off-scn-president", "name": "President of XQG"},
				 {"type": "Honor", "id": "hon-scn-order", "name": "Order of XQH", "awardedBy": "XQH"}]""", """
				[{"type": "Position", "official": "off-scn-president", "body": "sb-xqg-presidency", "title": "president",
				  "date": "../2024-04-01"},
				 {"type": "Conferral", "giver": "XQH", "recipient": "off-scn-president", "honors": ["hon-scn-order"],
				  "date": "2024-04-01"}]"""));

		assertThat(get("/api/cooperation?a=XQG&b=XQH&asOf=2024-04-01").<Number>json("$.score").doubleValue())
			.isCloseTo(3.4, within(1e-9));
		Response country = get("/api/countries/XQG");
		assertThat(country.<List<String>>json("$.stateBodies[*].id")).containsExactly("sb-xqg-presidency");
		assertThat(country.<List<String>>json("$.officials[*].body")).containsExactly("sb-xqg-presidency");
	}

	@Test
	void everyEvidenceItemOfTheCalibrationSetHasItsSources() {
		for (String pair : List.of("a=USA&b=GBR", "a=RUS&b=PRK", "a=RUS&b=UKR", "a=USA&b=NZL", "a=IRN&b=ISR")) {
			Response response = get("/api/cooperation?" + pair + "&asOf=2025-01-31&evidence=true");
			assertThat(response.<List<Object>>json("$.evidence")).as(pair).isNotEmpty();
			assertThat(response.<List<String>>json("$.evidence[*].sourceId")).as(pair).doesNotContainNull();
			assertThat(response.<List<List<String>>>json("$.evidence[*].sourceIds")).as(pair).allMatch(ids -> !ids.isEmpty());
		}
	}

	@Test
	void strongestFindsAPathWhereverShortestDoes() {
		// Heads of state, allies, a country at war: pairs that the fewest hops join through standing ties and long
		// chains of facts.
		List<List<String>> pairs = List.of(List.of("off-vladimir-putin", "off-kim-jong-un"), List.of("off-vladimir-putin", "USA"),
				List.of("USA", "JPN"), List.of("RUS", "UKR"), List.of("IND", "PRK"), List.of("off-kim-jong-un", "JPN"));
		int joined = 0;
		for (List<String> pair : pairs) {
			String query = "/api/paths?from=" + pair.get(0) + "&to=" + pair.get(1) + "&maxHops=8&k=1&asOf=2025-01-31";
			if (!get(query).<List<Object>>json("$.paths").isEmpty()) {
				joined++;
				assertThat(get(query + "&mode=strongest").<List<Object>>json("$.paths")).as(query).isNotEmpty();
			}
		}
		assertThat(joined).isGreaterThanOrEqualTo(4);
	}

	private void countries(String a, String a2, String b, String b2) {
		imported(dossier("src-scn-countries-" + a, "2020-01-01", """
				[{"type": "Country", "id": "%s", "iso2": "%s", "name": "Fictional %s"},
				 {"type": "Country", "id": "%s", "iso2": "%s", "name": "Fictional %s"}]""".formatted(a, a2, a, b, b2, b), "[]"));
	}

	private void imported(String dossier) {
		Response response = post("/api/dossiers", dossier);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private static String dossier(String sourceId, String date, String entities, String facts) {
		return """
				{"dossierVersion": "2", "source": {"id": "%s", "title": "Scenario %s (fictional)", "publisher": "Entente tests",
				 "date": "%s"}, "entities": %s, "facts": %s}""".formatted(sourceId, sourceId, date, entities, facts);
	}

}
