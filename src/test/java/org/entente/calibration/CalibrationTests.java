package org.entente.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calibration set (dossiers/calibration): real, sourced dossiers on alliances, treaties, arms transfers, wars,
 * sanctions, visits and exercises, and orderings of country pairs that a reference (ATOP, COW, UCDP, SIPRI, GDELT)
 * agrees with. Every ordering is checked on the scores the API gives; those that fail must be exactly the ones
 * {@code known-failures.json} lists with their reasons (MODEL.md reports them), so a change that breaks or mends an
 * ordering shows here. The table of all of them is written to target/calibration.md.
 */
class CalibrationTests extends CalibrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theSetIsBroadAndEverySourceIsNamed() {
		List<Path> files = dossiers();
		assertThat(files).hasSizeGreaterThanOrEqualTo(40);
		for (Path file : files) {
			JsonNode source = JSON.readTree(read(file)).get("source");
			assertThat(source.path("publisher").asString("")).as(file.toString()).isNotBlank();
			assertThat(source.path("title").asString("")).as(file.toString()).isNotBlank();
			assertThat(source.path("date").asString("")).as(file.toString()).matches("\\d{4}-\\d{2}-\\d{2}");
		}
		assertThat(orderings()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void everyOrderingHoldsOrIsAKnownFailureWithItsReason() throws IOException {
		Map<String, String> failures = new LinkedHashMap<>();
		StringBuilder table = new StringBuilder("| ordering | holds | scores |\n|---|---|---|\n");
		for (JsonNode ordering : orderings()) {
			Outcome outcome = check(ordering);
			table.append("| ").append(ordering.get("id").asString()).append(" | ").append(outcome.holds ? "yes" : "**no**")
				.append(" | ").append(outcome.detail).append(" |\n");
			if (!outcome.holds) {
				failures.put(ordering.get("id").asString(), outcome.detail);
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/calibration.md"), table.toString());
		List<String> known = new ArrayList<>();
		JSON.readTree(SET.resolve("known-failures.json").toFile()).forEach(f -> known.add(f.get("id").asString()));
		assertThat(failures.keySet()).as("orderings that fail (see target/calibration.md): %s", failures)
			.containsExactlyInAnyOrderElementsOf(known);
	}

	private record Outcome(boolean holds, String detail) {
	}

	private Outcome check(JsonNode o) {
		if (o.has("sign")) {
			double score = score(o.get("pair"), o.get("asOf").asString());
			boolean holds = o.get("sign").asString().equals("negative") ? score < 0 : score > 0;
			return new Outcome(holds, pair(o.get("pair")) + " " + round(score) + " at " + o.get("asOf").asString()
					+ ", expected " + o.get("sign").asString());
		}
		if (o.has("higherAsOf")) {
			double higher = score(o.get("pair"), o.get("higherAsOf").asString());
			double lower = score(o.get("pair"), o.get("lowerAsOf").asString());
			return new Outcome(higher > lower, pair(o.get("pair")) + " " + round(higher) + " at "
					+ o.get("higherAsOf").asString() + " > " + round(lower) + " at " + o.get("lowerAsOf").asString());
		}
		double higher = score(o.get("higher"), o.get("asOf").asString());
		double lower = score(o.get("lower"), o.get("asOf").asString());
		return new Outcome(higher > lower, pair(o.get("higher")) + " " + round(higher) + " > " + pair(o.get("lower")) + " "
				+ round(lower) + " at " + o.get("asOf").asString());
	}

	/** Scores already read, by query: many orderings share a pair and a date. */
	private final Map<String, Double> scores = new HashMap<>();

	/** The pair's score, read from the rollups; the same from the facts, to 1e-6. */
	private double score(JsonNode pair, String asOf) {
		String query = "/api/cooperation?a=" + pair.get(0).asString() + "&b=" + pair.get(1).asString() + "&asOf=" + asOf;
		return this.scores.computeIfAbsent(query, this::checkedScore);
	}

	private double checkedScore(String query) {
		Response rolled = get(query);
		Response facts = get(query + "&evidence=true");
		assertThat(rolled.status()).as(rolled.body()).isEqualTo(200);
		double score = rolled.<Number>json("$.score").doubleValue();
		assertThat(score).as(query).isCloseTo(facts.<Number>json("$.score").doubleValue(), within(1e-6));
		assertThat(rolled.<Number>json("$.range.low").doubleValue()).as(query)
			.isCloseTo(facts.<Number>json("$.range.low").doubleValue(), within(1e-6));
		assertThat(rolled.<Number>json("$.range.high").doubleValue()).as(query)
			.isCloseTo(facts.<Number>json("$.range.high").doubleValue(), within(1e-6));
		return score;
	}

	private static String pair(JsonNode pair) {
		return pair.get(0).asString() + "–" + pair.get(1).asString();
	}

	private static String round(double score) {
		return String.format(Locale.ROOT, "%.1f", score);
	}


	static List<JsonNode> orderings() {
		List<JsonNode> orderings = new ArrayList<>();
		try (Stream<Path> files = Files.list(SET)) {
			files.filter(f -> f.getFileName().toString().startsWith("orderings-")).sorted()
				.forEach(f -> JSON.readTree(f.toFile()).forEach(orderings::add));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return orderings;
	}


}
