package org.entente.cooperation;

import java.util.List;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cooperation strength on the fixture, against values worked out by hand. */
class CooperationFixtureTests extends FixtureTest {

	@Test
	void aContributionHalvesAfterOneHalfLife() {
		// mil-xbb and mil-xcc share one joint exercise (062, +7.4) on 2019-01-01.
		assertThat(score("/api/cooperation?a=mil-xbb&b=mil-xcc&asOf=2019-01-01")).isCloseTo(7.4, within(1e-9));
		assertThat(score("/api/cooperation?a=mil-xbb&b=mil-xcc&asOf=2020-01-01")).isCloseTo(3.7, within(1e-9));
		assertThat(score("/api/cooperation?a=mil-xbb&b=mil-xcc&asOf=2020-01-01&halfLifeDays=730"))
			.isCloseTo(7.4 / Math.sqrt(2), within(1e-9));
	}

	@Test
	void dyadSumsWeightTimesMagnitudeTimesDecayWithPlannedActionsAsIntent() {
		Response response = get("/api/cooperation?a=XAA&b=XBB&asOf=2020-01-01&evidence=true");

		double exercise = 7.4 * 0.5; // 062, 365 days old
		double medal = 3.4 * 0.5; // conferral (based on 051), 365 days old, a -> b
		// A planned 062 weighs 0.7 of the act; 10 of them weigh 1 + log10(10) = 2 times one.
		double planned = 7.4 * 0.7 * 2 * Math.pow(0.5, 184 / 365.0);
		assertThat(response.<Double>json("$.score")).isCloseTo(exercise + medal + planned, within(1e-9));
		assertThat(response.<Double>json("$.directions.aToB")).isCloseTo(medal + (exercise + planned) / 2, within(1e-9));
		assertThat(response.<Double>json("$.directions.bToA")).isCloseTo((exercise + planned) / 2, within(1e-9));
		assertThat(response.<Double>json("$.reciprocity"))
			.isCloseTo(((exercise + planned) / 2) / (medal + (exercise + planned) / 2), within(1e-9));
		assertThat(response.<List<String>>json("$.evidence[*].id")).containsExactlyInAnyOrder("f-ab-exercise", "f-ab-medal",
				"f-ab-planned");
		assertThat(response.<List<String>>json("$.components[?(@.kind == 'intent')].cameo")).containsExactly("062");
		assertThat(response.<List<Number>>json("$.components[?(@.kind == 'intent')].weight").get(0).doubleValue())
			.isCloseTo(7.4 * 0.7, within(1e-9));
		assertThat(response.<List<String>>json("$.evidence[*].sourceId")).containsOnly("src-fixture");
	}

	@ParameterizedTest
	@CsvSource({ "XAA, XBB, 2020-01-01", "XAA, XCC, 2020-01-01", "XCC, XDD, 2020-01-01", "mil-xaa, mil-xdd, 2020-06-30" })
	void componentsSumExactlyToTheScore(String a, String b, String asOf) {
		Response response = get("/api/cooperation?a=" + a + "&b=" + b + "&asOf=" + asOf + "&evidence=true");

		List<Number> contributions = response.json("$.components[*].contribution");
		double sum = 0.0;
		for (Number contribution : contributions) {
			sum += contribution.doubleValue();
		}
		assertThat(contributions).isNotEmpty();
		assertThat(sum).isEqualTo(response.<Number>json("$.score").doubleValue());
		List<Number> evidence = response.json("$.evidence[*].contribution");
		assertThat(evidence.stream().mapToDouble(Number::doubleValue).sum()).isCloseTo(sum, within(1e-9));
	}

	@Test
	void factsCountOnlyOnceCertainlyPastAndBeforeThatInTheRangeOnly() {
		// The drill is known only as "2019": it counts from 2019-12-31, aged from mid-year (2019-07-02); before that,
		// it may have happened already, so the range reaches up to it, aged from 2019-01-01.
		double drill = 7.4 * (1 + Math.log10(4));
		Response before = get("/api/cooperation?a=XAA&b=XDD&asOf=2019-12-30&evidence=true");
		assertThat(before.<Number>json("$.score").doubleValue()).isZero();
		assertThat(before.<List<Object>>json("$.components")).isEmpty();
		assertThat(before.<List<Boolean>>json("$.evidence[*].certain")).containsExactly(false);
		assertThat(before.<Number>json("$.range.low").doubleValue()).isZero();
		assertThat(before.<Number>json("$.range.high").doubleValue())
			.isCloseTo(drill * Math.pow(0.5, 363 / 365.0), within(1e-9));
		Response after = get("/api/cooperation?a=XAA&b=XDD&asOf=2019-12-31");
		assertThat(after.<Number>json("$.score").doubleValue()).isCloseTo(drill * Math.pow(0.5, 182 / 365.0), within(1e-9));
		// One source: the range reaches down to half.
		assertThat(after.<Number>json("$.range.low").doubleValue())
			.isCloseTo(0.5 * drill * Math.pow(0.5, 182 / 365.0), within(1e-9));
	}

	@Test
	void conflictLowersTheScoreAndReciprocityNeedsBothSides() {
		Response response = get("/api/cooperation?a=XAA&b=XCC&asOf=2020-01-01");

		double fight = -10.0 * Math.pow(0.5, 214 / 365.0);
		double praise = 3.4 * Math.pow(0.5, 3652 / 365.0);
		assertThat(response.<Double>json("$.score")).isCloseTo(fight + praise, within(1e-9)).isNegative();
		assertThat(response.<Number>json("$.reciprocity").doubleValue()).isZero();
		assertThat(response.<Double>json("$.index")).isLessThan(50.0);
	}

	@Test
	void aTreatyInForceIsAStandingTieAndSignedOnlyAnIntent() {
		// Defence is its strongest obligation (+8.5), at the standing scale 6.29, without decay; signed but not yet
		// in force, it counts 0.7 of that.
		Response response = get("/api/cooperation?a=XCC&b=XDD&asOf=2020-01-01&evidence=true");
		assertThat(response.<List<Number>>json("$.components[?(@.kind == 'treaty')].contribution").get(0).doubleValue())
			.isCloseTo(8.5 * 6.29, within(1e-9));
		assertThat(response.<List<String>>json("$.evidence[?(@.kind == 'treaty')].sourceId")).containsExactly("src-fixture");
		Response signed = get("/api/cooperation?a=XCC&b=XDD&asOf=2010-05-15");
		assertThat(signed.<List<String>>json("$.components[*].kind")).containsExactly("treaty");
		assertThat(signed.<Number>json("$.score").doubleValue()).isCloseTo(8.5 * 6.29 * 0.7, within(1e-9));
	}

	@Test
	void partnersRankCountriesByScore() {
		Response response = get("/api/cooperation/partners?of=XAA&asOf=2020-01-01");

		assertThat(response.<List<String>>json("$[*].id")).containsExactly("XBB", "XDD", "XCC");
		assertThat(response.<Double>json("$[2].score")).isNegative();
		assertThat(response.<Number>json("$[0].score").doubleValue())
			.isCloseTo(score("/api/cooperation?a=XAA&b=XBB&asOf=2020-01-01"), within(1e-9));
	}

	@Test
	void matrixIsSymmetricAndMatchesTheDyads() {
		Response response = get("/api/cooperation/matrix?countries=XAA,XBB,XCC&asOf=2020-01-01");

		List<List<Number>> scores = response.json("$.scores");
		assertThat(scores.get(0).get(1).doubleValue()).isEqualTo(scores.get(1).get(0).doubleValue())
			.isCloseTo(score("/api/cooperation?a=XAA&b=XBB&asOf=2020-01-01"), within(1e-9));
		assertThat(scores.get(1).get(2).doubleValue())
			.isCloseTo(score("/api/cooperation?a=XBB&b=XCC&asOf=2020-01-01"), within(1e-9));
		assertThat(scores.get(0).get(0).doubleValue()).isZero();
	}

	@Test
	void timelineGivesTheScoreAtTheEndOfEachPeriod() {
		Response response = get("/api/cooperation/timeline?a=mil-xbb&b=mil-xcc&interval=year&to=2021-06-30");

		assertThat(response.<List<String>>json("$.points[*].period")).containsExactly("2019", "2020", "2021");
		assertThat(response.<Double>json("$.points[0].score")).isCloseTo(7.4 * Math.pow(0.5, 364 / 365.0), within(1e-9));
		assertThat(response.<Double>json("$.points[2].score")).isCloseTo(7.4 * Math.pow(0.5, 911 / 365.0), within(1e-9));
	}

	@Test
	void unknownIdsAreNotFoundProblemsNamingTheParameter() {
		Response response = get("/api/cooperation?a=XAA&b=nobody");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.<String>json("$.detail")).contains("(b)").contains("nobody");
		assertThat(get("/api/cooperation/matrix?countries=XAA,ZZZ").status()).isEqualTo(404);
	}

	private double score(String path) {
		Response response = get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.<Number>json("$.score").doubleValue();
	}

}
