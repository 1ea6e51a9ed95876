package org.entente.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.entente.ApiTest;
import org.entente.cooperation.DyadRollups;
import org.entente.cypher.CypherQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rollups answer as the facts do: on a size-XS synthetic world (3,000 facts), every partner list, a matrix, dyads and
 * timelines from cypher/queries/cooperation-rollups.cypher equal those of cypher/queries/cooperation.cypher, at
 * dates before all facts, mid-month and after; and they stay equal through a re-import, changed facts, new ties and
 * a full rebuild.
 */
@TestPropertySource(properties = "entente.seed.enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DyadRollupsTests extends ApiTest {

	private static final Path DATA_DIR = newDataDir("entente-rollups-data");

	/** Before every fact, mid-month with facts that month, month ends, and after the last. */
	private static final List<LocalDate> AS_OF = List.of(LocalDate.parse("2014-06-01"), LocalDate.parse("2019-06-15"),
			LocalDate.parse("2021-12-31"), LocalDate.parse("2025-01-01"));

	private static List<String> countries;

	/** The countries whose answers are compared. */
	private static List<String> checked;

	@Autowired
	Driver driver;

	@Autowired
	DossierImporter importer;

	@Autowired
	DyadRollups rollups;

	@Autowired
	CypherQueries queries;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

	@BeforeEach
	void importSizeS() {
		if (countries == null) {
			countries = this.driver
				.executableQuery("MATCH (c:Country) WHERE c.numeric IS NOT NULL RETURN c.id AS id ORDER BY id LIMIT 30")
				.execute()
				.records()
				.stream()
				.map(row -> row.get("id").asString())
				.toList();
			checked = countries;
			long start = System.nanoTime();
			this.importer.importAll(world());
			System.out.printf("Imported the XS world with rollups in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		}
	}

	@Test
	@Order(1)
	void partnersAndAMatrixFromTheRollupsEqualThoseFromTheFacts() {
		for (LocalDate asOf : AS_OF) {
			assertSameAnswers(checked, asOf);
		}
		// Before every fact's last possible day, nothing counts; facts that may have happened are in the range only.
		assertThat(answers("cooperation-scores", checked, null, LocalDate.parse("2014-06-01")))
			.allSatisfy(r -> assertThat(r.get("facts").asInt() == 0 && r.get("score").asDouble() == 0.0).isTrue());
		assertThat(answers("cooperation-scores", checked, null, LocalDate.parse("2025-01-01"))).hasSizeGreaterThan(100);
	}

	@Test
	@Order(2)
	void theApiAnswersDyadsAndTimelinesFromTheRollupsAsFromTheFacts() {
		for (int i = 0; i < 12; i++) {
			String a = countries.get(i);
			String b = countries.get((i * 7 + 3) % countries.size());
			if (a.equals(b)) {
				continue;
			}
			String pair = "a=" + a + "&b=" + b + "&asOf=2019-06-15";
			Response rolled = get("/api/cooperation?" + pair);
			Response facts = get("/api/cooperation?" + pair + "&evidence=true");
			assertThat(rolled.<Object>json("$.evidence")).isNull();
			assertThat(rolled.<Number>json("$.score").doubleValue())
				.isCloseTo(facts.<Number>json("$.score").doubleValue(), within(1e-9));
			assertThat(rolled.<List<Object>>json("$.components")).hasSameSizeAs(facts.<List<Object>>json("$.components"));

			Response timeline = get("/api/cooperation/timeline?a=" + a + "&b=" + b + "&interval=month&from=2019-01-01&to=2019-12-15");
			List<String> ends = timeline.json("$.points[*].end");
			List<Number> scores = timeline.json("$.points[*].score");
			List<Number> counts = timeline.json("$.points[*].facts");
			for (int p = 0; p < ends.size(); p++) {
				LocalDate asOf = LocalDate.parse(ends.get(p));
				asOf = asOf.isAfter(LocalDate.parse("2019-12-15")) ? LocalDate.parse("2019-12-15") : asOf;
				List<Record> expected = answers("cooperation", List.of(a), List.of(b), asOf);
				double score = expected.isEmpty() ? 0.0 : expected.get(0).get("score").asDouble();
				int evidence = expected.isEmpty() ? 0 : expected.get(0).get("facts").asInt();
				assertThat(scores.get(p).doubleValue()).isCloseTo(score, within(1e-9 * (1 + Math.abs(score))));
				assertThat(counts.get(p).intValue()).isEqualTo(evidence);
			}
		}
	}

	@Test
	@Order(3)
	void importingTheSameWorldAgainChangesNoRollup() {
		List<Map<String, Object>> before = rows();

		this.importer.importAll(world());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void changedFactsAndNewTiesKeepTheRollupsRight() {
		String other = countries.get(countries.size() - 1).toLowerCase();
		ObjectNode changes = new JsonMapper().createObjectNode().put("dossierVersion", "1");
		changes.putObject("source").put("id", "syn-src-changes").put("title", "Changes").put("date", "2025-01-01")
			.put("kind", "synthetic");
		// A military of the first country is also said to be of the last: its facts count for both.
		changes.putArray("entities").addObject().put("type", "Military").put("id", "syn-mil-" + countries.get(0).toLowerCase() + "-1")
			.put("name", "Synthetic military 1 of " + countries.get(0)).put("country", countries.get(countries.size() - 1));
		var facts = changes.putArray("facts");
		// A fact re-stated with another date and count, and another giver.
		facts.addObject().put("type", "Conferral").put("id", "syn-fact-0").put("date", "2019-06-10").put("count", 7)
			.put("giver", "syn-off-1").put("recipient", "syn-off-2").putArray("honors").add("syn-hon-0");
		// An engagement that becomes planned, moved within its month.
		facts.addObject().put("type", "Engagement").put("id", "syn-fact-3").put("date", "2019-06-02").put("cameo", "062")
			.put("status", "planned").putArray("actors").add("syn-mil-" + other + "-0");
		// Officials with facts take a position in another country's military.
		for (int o = 0; o < 5; o++) {
			facts.addObject().put("type", "Position").put("id", "syn-pos-extra-" + o).put("official", "syn-off-" + o)
				.put("military", "syn-mil-" + other + "-0").put("title", "adviser").put("date", "../2015-01-01");
		}

		this.importer.importAll(Map.of("", changes));

		for (LocalDate asOf : List.of(LocalDate.parse("2019-06-05"), LocalDate.parse("2019-06-15"), LocalDate.parse("2025-01-01"))) {
			assertSameAnswers(checked, asOf);
		}
	}

	@Test
	@Order(5)
	void aRebuildGivesTheSameTotals() {
		Map<String, double[]> incremental = totals();
		long start = System.nanoTime();
		this.rollups.rebuild();
		System.out.printf("Rebuilt the rollups of the XS world in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		assertSameTotals(totals(), incremental);
		assertSameAnswers(checked, LocalDate.parse("2025-01-01"));
	}

	@Test
	@Order(6)
	void parallelImportsOnTheSamePairsKeepTheRollupsExact() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> imports = new ArrayList<>();
			for (String side : List.of("a", "b")) {
				ObjectNode dossier = parallelDossier(side);
				imports.add(threads.submit(() -> {
					start.await();
					return this.importer.importAll(Map.of("", dossier));
				}));
			}
			start.countDown();
			for (Future<?> done : imports) {
				done.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		Map<String, double[]> incremental = totals();
		this.rollups.rebuild();

		assertSameTotals(totals(), incremental);
		assertSameAnswers(checked, LocalDate.parse("2025-01-01"));
	}

	/** Twenty conferrals between the same two officials, from a source of its own. */
	private static ObjectNode parallelDossier(String side) {
		ObjectNode dossier = new JsonMapper().createObjectNode().put("dossierVersion", "1");
		dossier.putObject("source").put("id", "syn-src-parallel-" + side).put("title", "Parallel " + side)
			.put("date", "2024-12-31").put("kind", "synthetic");
		dossier.putArray("entities");
		var facts = dossier.putArray("facts");
		for (int i = 0; i < 20; i++) {
			facts.addObject().put("type", "Conferral").put("id", "syn-parallel-" + side + "-" + i)
				.put("date", "2024-%02d-%02d".formatted(1 + i % 12, 1 + i)).put("giver", "syn-off-1")
				.put("recipient", "syn-off-2").putArray("honors").add("syn-hon-0");
		}
		return dossier;
	}

	private static void assertSameTotals(Map<String, double[]> rebuilt, Map<String, double[]> incremental) {
		assertThat(rebuilt.keySet()).isEqualTo(incremental.keySet());
		rebuilt.forEach((key, sums) -> {
			assertThat(sums[0]).as(key).isEqualTo(incremental.get(key)[0]);
			for (int i = 1; i < sums.length; i++) {
				assertThat(sums[i]).as(key).isCloseTo(incremental.get(key)[i], within(1e-9 * (1 + Math.abs(sums[i]))));
			}
		});
	}

	/**
	 * Every pair of the countries: with components from cooperation-rollups.cypher, and as partner lists ($bs null)
	 * and a matrix from cooperation-scores.cypher, against cooperation.cypher.
	 */
	private void assertSameAnswers(List<String> as, LocalDate asOf) {
		Map<List<String>, Record> expected = byPair(answers("cooperation", as, null, asOf));
		assertSameAnswers(expected, byPair(answers("cooperation-rollups", as, countries, asOf)), asOf, true);
		assertSameAnswers(expected, byPair(answers("cooperation-scores", as, null, asOf)), asOf, false);
		assertSameAnswers(byPair(answers("cooperation", as, as, asOf)), byPair(answers("cooperation-scores", as, as, asOf)),
				asOf, false);
	}

	private void assertSameAnswers(Map<List<String>, Record> expected, Map<List<String>, Record> actual, LocalDate asOf,
			boolean withComponents) {
		assertThat(actual.keySet()).as("pairs at " + asOf).isEqualTo(expected.keySet());
		expected.forEach((pair, e) -> {
			Record r = actual.get(pair);
			String at = pair + " at " + asOf;
			Map<List<Object>, double[]> components = components(e.get("components"));
			double scale = 1 + components.values().stream().mapToDouble(c -> Math.abs(c[1])).sum();
			if (withComponents) {
				assertThat(components(r.get("components")).keySet()).as(at).isEqualTo(components.keySet());
				components(r.get("components")).forEach((key, c) -> {
					assertThat(c[0]).as(at + " " + key).isEqualTo(components.get(key)[0]);
					assertThat(c[1]).as(at + " " + key).isCloseTo(components.get(key)[1], within(1e-9 * scale));
				});
			}
			for (String number : List.of("score", "index", "reciprocity")) {
				assertThat(r.get(number).asDouble()).as(at + " " + number)
					.isCloseTo(e.get(number).asDouble(), within(1e-9 * scale));
			}
			for (String direction : List.of("aToB", "bToA")) {
				assertThat(r.get("directions").get(direction).asDouble()).as(at + " " + direction)
					.isCloseTo(e.get("directions").get(direction).asDouble(), within(1e-9 * scale));
			}
			assertThat(r.get("facts").asInt()).as(at + " facts").isEqualTo(e.get("facts").asInt());
			for (String bound : List.of("low", "high")) {
				assertThat(r.get("range").get(bound).asDouble()).as(at + " " + bound)
					.isCloseTo(e.get("range").get(bound).asDouble(), within(1e-9 * scale));
			}
			assertThat(r.get("singleSource").asDouble()).as(at + " singleSource")
				.isCloseTo(e.get("singleSource").asDouble(), within(1e-9 * scale));
		});
	}

	private List<Record> answers(String query, List<String> as, List<String> bs, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("as", as);
		params.put("bs", bs);
		params.put("asOf", asOf);
		params.put("halfLifeDays", 365);
		return this.driver.executableQuery(this.queries.get(query)).withParameters(params).execute().records();
	}

	private static Map<List<String>, Record> byPair(List<Record> records) {
		Map<List<String>, Record> pairs = new LinkedHashMap<>();
		records.forEach(r -> pairs.put(List.of(r.get("a").asString(), r.get("b").asString()), r));
		return pairs;
	}

	/** (kind, cameo, direction, weight) to (events, contribution). */
	private static Map<List<Object>, double[]> components(Value components) {
		Map<List<Object>, double[]> byKey = new HashMap<>();
		components.values().forEach(c -> byKey.put(
				java.util.Arrays.asList(c.get("kind").asObject(), c.get("cameo").asObject(), c.get("direction").asString(),
						c.get("weight").asDouble()),
				new double[] { c.get("events").asLong(), c.get("contribution").asDouble() }));
		return byKey;
	}

	private List<Map<String, Object>> rows() {
		return this.driver.executableQuery("MATCH (p:DyadPeriod|DyadTotal) RETURN p {.*, label: labels(p)[0]} AS p ORDER BY p.label, p.key")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("p").asMap())
			.toList();
	}

	/** Each row's events and sums. */
	@SuppressWarnings("unchecked")
	private Map<String, double[]> totals() {
		Map<String, double[]> totals = new HashMap<>();
		rows().forEach(p -> {
			List<Number> values = (List<Number>) p.get("values");
			double[] sums = new double[values.size() + 1];
			sums[0] = (p.get("events") instanceof Number n) ? n.doubleValue() : 0.0;
			for (int i = 0; i < values.size(); i++) {
				sums[i + 1] = values.get(i).doubleValue();
			}
			totals.put(p.get("label") + " " + p.get("key"), sums);
		});
		return totals;
	}

	private Map<String, JsonNode> world() {
		List<ObjectNode> dossiers = new SyntheticWorld(SyntheticWorld.Size.XS, 42, countries).dossiers();
		Map<String, JsonNode> byPointer = new LinkedHashMap<>();
		for (int i = 0; i < dossiers.size(); i++) {
			byPointer.put("/" + i, dossiers.get(i));
		}
		return byPointer;
	}

}
