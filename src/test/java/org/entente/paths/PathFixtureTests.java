package org.entente.paths;

import java.util.List;
import java.util.Objects;

import org.entente.FixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Alliance paths on the fixture, against paths and strengths worked out by hand. */
class PathFixtureTests extends FixtureTest {

	@Test
	void shortestPathsHaveTheFewestHops() {
		Response response = get("/api/paths?from=off-a1&to=off-b1&k=3&asOf=2020-01-01");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<List<String>>json("$.paths[0].nodes[*].id")).containsExactly("off-a1", "f-ab-medal", "off-b1");
		// A 6-hop way exists too, but several paths are all of the fewest hops; the strongest mode finds others.
		assertThat(response.<List<Integer>>json("$.paths[*].hops")).containsOnly(2);
		assertThat(response.<List<String>>json("$.paths[0].relationships[*].type")).containsExactly("CONFERRED", "AWARDED_TO");
		assertThat(response.<List<String>>json("$.paths[0].relationships[*].sourceId")).containsOnly("src-fixture");
		assertThat(response.<Double>json("$.paths[0].strength")).isCloseTo(1 - Math.exp(-3.4 * 0.5 / 10), within(1e-9));
	}

	@Test
	void strongestPathMaximisesTheProductOfFactStrengths() {
		// Shortest: the old praise (2010) ties mil-xaa to mil-xcc in 2 hops, but it has all but faded.
		// Strongest: the 2019 drill with mil-xdd, then XDD's defence pact with XCC, which costs nothing while in force;
		// it beats the planned drills with mil-xbb followed by mil-xbb's exercise with mil-xcc.
		double praise = 1 - Math.exp(-3.4 * Math.pow(0.5, 3652 / 365.0) / 10);
		double drill = 1 - Math.exp(-7.4 * (1 + Math.log10(4)) * Math.pow(0.5, 183 / 365.0) / 10);
		double planned = 1 - Math.exp(-7.4 * 0.7 * 2 * Math.pow(0.5, 184 / 365.0) / 10);
		double exercise = 1 - Math.exp(-7.4 * 0.5 / 10);

		Response shortest = get("/api/paths?from=mil-xaa&to=mil-xcc&k=1&asOf=2020-01-01&mode=shortest");
		Response strongest = get("/api/paths?from=mil-xaa&to=mil-xcc&k=3&asOf=2020-01-01&mode=strongest");

		assertThat(shortest.<List<String>>json("$.paths[0].nodes[*].id")).containsExactly("mil-xaa", "f-ac-praise", "mil-xcc");
		assertThat(shortest.<Number>json("$.paths[0].strength").doubleValue()).isCloseTo(praise, within(1e-12));
		assertThat(strongest.<String>json("$.mode")).isEqualTo("strongest");
		assertThat(strongest.<List<String>>json("$.paths[0].nodes[*].id")).containsExactly("mil-xaa", "f-ad-drill",
				"mil-xdd", "XDD", "treaty-cd-pact", "XCC", "mil-xcc");
		assertThat(strongest.<Number>json("$.paths[0].strength").doubleValue()).isCloseTo(drill, within(1e-9));
		assertThat(numbers(strongest.json("$.paths[0].relationships[*].strength"))).containsExactly(drill, drill, 1.0,
				1.0, 1.0, 1.0);
		assertThat(strongest.<List<String>>json("$.paths[1].nodes[*].id")).containsExactly("mil-xaa", "f-ab-planned",
				"mil-xbb", "f-bc-exercise", "mil-xcc");
		assertThat(strongest.<Number>json("$.paths[1].strength").doubleValue()).isCloseTo(planned * exercise, within(1e-9));
		assertThat(numbers(strongest.json("$.paths[*].strength"))).isSortedAccordingTo((x, y) -> Double.compare(y, x));
	}

	@Test
	void hostileTiesNeverCarryAPath() {
		for (String mode : List.of("shortest", "strongest")) {
			Response response = get("/api/paths?from=XAA&to=XCC&k=10&maxHops=8&asOf=2020-01-01&mode=" + mode);

			assertThat(response.<List<Object>>json("$.paths")).isNotEmpty();
			assertThat(response.<List<String>>json("$.paths[*].nodes[*].id")).doesNotContain("f-ac-fight");
			assertThat(numbers(response.json("$.paths[*].relationships[*].goldstein"))).isNotEmpty()
				.allSatisfy(goldstein -> assertThat(goldstein).isPositive());
		}
	}

	@Test
	void pathsRespectAsOfIncludingTreatiesInForce() {
		Response inForce = get("/api/paths?from=XCC&to=XDD&k=1&asOf=2020-01-01");
		assertThat(inForce.<List<String>>json("$.paths[0].nodes[*].id")).containsExactly("XCC", "treaty-cd-pact", "XDD");

		// Signed, not yet in force, and the drill with XAA is years away: no path at all, and that is not an error.
		Response before = get("/api/paths?from=XCC&to=XDD&asOf=2010-05-15");
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.<List<Object>>json("$.paths")).isEmpty();

		// Known only as "2019", the drill ties XAA to XDD from 2019-12-31 on; before that, only the long way round
		// (the old praise to XCC, then the pact) does.
		assertThat(get("/api/paths?from=XAA&to=XDD&k=10&asOf=2019-12-30").<List<String>>json("$.paths[*].nodes[*].id"))
			.isNotEmpty()
			.doesNotContain("f-ad-drill");
		assertThat(get("/api/paths?from=XAA&to=XDD&asOf=2019-12-31").<List<String>>json("$.paths[0].nodes[*].id"))
			.containsExactly("XAA", "mil-xaa", "f-ad-drill", "mil-xdd", "XDD");
	}

	@Test
	void maxHopsBoundsThePaths() {
		Response response = get("/api/paths?from=off-a1&to=off-b1&k=5&maxHops=2&asOf=2020-01-01");

		assertThat(response.<List<Integer>>json("$.paths[*].hops")).containsExactly(2);
	}

	/** JSON numbers as doubles, leaving out nulls (ties that pass through no fact have no Goldstein weight). */
	private static List<Double> numbers(List<Number> values) {
		return values.stream().filter(Objects::nonNull).map(Number::doubleValue).toList();
	}

	@Test
	void unknownIdIsANotFoundProblemNamingTheParameter() {
		Response response = get("/api/paths?from=XAA&to=nowhere");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.detail")).contains("(to)").contains("nowhere");
	}

}
