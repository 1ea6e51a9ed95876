package org.entente.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.ApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic world: deterministic, skewed, with hostile ties, and a size-S world imports whole. */
@TestPropertySource(properties = "entente.seed.enabled=false")
class SyntheticWorldTests extends ApiTest {

	private static final Path DATA_DIR = newDataDir("entente-synthetic-data");

	@Autowired
	Driver driver;

	@Autowired
	DossierImporter importer;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("entente.neo4j.embedded.data-dir", DATA_DIR::toString);
	}

	@Test
	void theSameSeedGivesTheSameWorld() {
		List<String> countries = countries();

		assertThat(new SyntheticWorld(SyntheticWorld.Size.S, 42, countries).dossiers())
			.isEqualTo(new SyntheticWorld(SyntheticWorld.Size.S, 42, countries).dossiers())
			.isNotEqualTo(new SyntheticWorld(SyntheticWorld.Size.S, 43, countries).dossiers());
	}

	@Test
	void aSizeSWorldImportsWithSkewAndHostileTies() {
		List<ObjectNode> dossiers = new SyntheticWorld(SyntheticWorld.Size.S, 42, countries()).dossiers();
		Map<String, JsonNode> byPointer = new LinkedHashMap<>();
		for (int i = 0; i < dossiers.size(); i++) {
			byPointer.put("/" + i, dossiers.get(i));
		}

		List<ImportResult> results = this.importer.importAll(byPointer);

		assertThat(results.stream().mapToInt(ImportResult::facts).sum()).isEqualTo(10_000 + 1_000);
		Record r = this.driver.executableQuery("""
				MATCH (f:Fact) WHERE f.id STARTS WITH 'syn-fact-'
				RETURN count(f) AS facts,
				       count(CASE WHEN f:Conferral THEN 1 END) AS conferrals,
				       count(CASE WHEN f:Engagement AND f.goldstein < 0 THEN 1 END) AS hostile""")
			.execute()
			.records()
			.get(0);
		assertThat(r.get("facts").asLong()).isEqualTo(10_000);
		assertThat(r.get("conferrals").asLong()).isEqualTo(6_000);
		assertThat(r.get("hostile").asLong()).isBetween(400L, 800L);
		// Skew: the five busiest of 50 countries take part in over a third of the engagements.
		List<Long> perCountry = this.driver.executableQuery("""
				MATCH (c:Country)<-[:OF_COUNTRY]-(:Military)-[:ACTOR_IN|TARGETS]-(f:Engagement)
				RETURN c.id AS country, count(DISTINCT f) AS engagements ORDER BY engagements DESC""")
			.execute()
			.records()
			.stream()
			.map(row -> row.get("engagements").asLong())
			.toList();
		long total = perCountry.stream().mapToLong(Long::longValue).sum();
		assertThat(perCountry.subList(0, 5).stream().mapToLong(Long::longValue).sum()).isGreaterThan(total / 3);
		assertThat(get("/api/cooperation/partners?of=" + countries().get(0) + "&top=5&asOf=2025-01-01").<List<Object>>json("$"))
			.hasSize(5);
	}

	private List<String> countries() {
		return this.driver.executableQuery("MATCH (c:Country) WHERE c.numeric IS NOT NULL RETURN c.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(row -> row.get("id").asString())
			.toList();
	}

}
