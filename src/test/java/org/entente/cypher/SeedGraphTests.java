package org.entente.cypher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article's facts, as the app loads them at start, each traced to its source. */
class SeedGraphTests extends IntegrationTest {

	private static final String ARTICLE = "src-article-000-c0b8e9393a674a5f";

	@Autowired
	Driver driver;

	@Test
	void schemaAndSeedApplyAgainWithoutErrorOrDuplicates() {
		Map<String, Long> before = counts();

		for (String path : List.of("cypher/schema.cypher", "cypher/schema.cypher",
				"cypher/seed/000_myanmar_russia_honors_2024-03-30.cypher")) {
			CypherScript.of(new ClassPathResource(path))
				.statements()
				.forEach(statement -> this.driver.executableQuery(statement).execute());
		}

		assertThat(counts()).isEqualTo(before);
		assertThat(before.get("nodes")).isGreaterThan(30);
	}

	@Test
	void countriesCarryTheirCodes() {
		Record mmr = single("MATCH (c:Country {id: 'MMR'}) RETURN c.iso2 AS iso2, c.wikidata AS qid, c.cowCode AS cow");
		assertThat(mmr.get("iso2").asString()).isEqualTo("MM");
		assertThat(mmr.get("qid").asString()).isEqualTo("Q836");
		assertThat(mmr.get("cow").asInt()).isEqualTo(775);
	}

	@Test
	void twentySevenRussianOfficersGotTwoUnnamedTitlesOnThursday() {
		Record r = single("""
				MATCH (giver:Official)-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(g:Group)-[:PART_OF]->(:Military)-[:OF_COUNTRY]->(:Country {id: 'RUS'})
				WHERE f.dateFrom = date('2024-03-28') AND f.dateTo = date('2024-03-28')
				MATCH (f)-[:OF_HONOR]->(h:Honor)-[:AWARDED_BY]->(:Country {id: 'MMR'})
				MATCH (f)-[:REPORTED_IN]->(s:Source)
				RETURN giver.name AS giver, f.count AS count, f.countQualifier AS qualifier, g.count AS groupCount,
				       collect(h.nameKnown) AS honorNamesKnown, s.id AS source, s.date AS sourceDate""");
		assertThat(r.get("giver").asString()).isEqualTo("Min Aung Hlaing");
		assertThat(r.get("count").asInt()).isEqualTo(27);
		assertThat(r.get("qualifier").asString()).isEqualTo("exactly");
		assertThat(r.get("groupCount").asInt()).isEqualTo(27);
		assertThat(r.get("honorNamesKnown").asList()).containsExactly(false, false);
		assertThat(r.get("source").asString()).isEqualTo(ARTICLE);
		assertThat(r.get("sourceDate").asLocalDate()).isEqualTo(LocalDate.of(2024, 3, 30));
	}

	@Test
	void fiveEarlierRussianHonoreesHaveARangeNotADate() {
		Record r = single("""
				MATCH (:Country {id: 'MMR'})-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(g:Group)-[:PART_OF]->(:Country {id: 'RUS'})
				RETURN f.count AS count, f.datePrecision AS precision, f.dateFrom AS dateFrom, f.dateTo AS dateTo""");
		assertThat(r.get("count").asInt()).isEqualTo(5);
		assertThat(r.get("precision").asString()).isEqualTo("range");
		assertThat(r.get("dateFrom").asLocalDate()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(r.get("dateTo").asLocalDate()).isEqualTo(LocalDate.of(2024, 3, 27));
	}

	@Test
	void russiaHonoredMinAungHlaingAndSoeWinBeforeThursday() {
		List<Record> rows = this.driver.executableQuery("""
				MATCH (:Country {id: 'RUS'})-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(o:Official)
				RETURN o.name AS name, f.dateFrom AS dateFrom, f.dateTo AS dateTo ORDER BY name""").execute().records();
		assertThat(rows).extracting(r -> r.get("name").asString()).containsExactly("Min Aung Hlaing", "Soe Win");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("dateFrom").isNull()).isTrue();
			assertThat(r.get("dateTo").asLocalDate()).isEqualTo(LocalDate.of(2024, 3, 27));
		});
		Record medals = single("""
				MATCH (:Military {id: 'mil-rus-defense-ministry'})-[:CONFERRED]->(f:Conferral)-[:AWARDED_TO]->(g:Group)
				RETURN f.count AS count, f.countQualifier AS qualifier""");
		assertThat(medals.get("count").isNull()).isTrue();
		assertThat(medals.get("qualifier").asString()).isEqualTo("several");
	}

	@Test
	void engagementsAreTypedByCameoWithGoldsteinStatusAndCount() {
		// The seed's engagements: other tests (the docs' examples first) add their own to this database.
		List<Record> rows = this.driver.executableQuery("""
				MATCH (f:Engagement)-[:OF_TYPE]->(t:EventType) WHERE (f)-[:REPORTED_IN]->(:Source {id: $article})
				RETURN f.cameo AS cameo, t.goldstein AS goldstein, f.status AS status, f.count AS count,
				       f.countQualifier AS qualifier
				ORDER BY cameo""").withParameters(Map.of("article", ARTICLE)).execute().records();
		assertThat(rows).extracting(r -> r.get("cameo").asString()).containsExactly("0312", "150", "17", "192");
		Record planned = rows.get(0);
		assertThat(planned.get("goldstein").asDouble()).isEqualTo(5.2);
		assertThat(planned.get("status").asString()).isEqualTo("planned");
		assertThat(planned.get("count").asInt()).isEqualTo(50);
		assertThat(planned.get("qualifier").asString()).isEqualTo("more than");
		assertThat(rows.subList(1, 4)).allSatisfy(r -> {
			assertThat(r.get("goldstein").asDouble()).isNegative();
			assertThat(r.get("status").asString()).isEqualTo("carried_out");
		});
	}

	@Test
	void everyFactAndEveryRelationshipPointsBackToASource() {
		Record r = single("""
				RETURN COUNT { MATCH (f:Fact) WHERE NOT EXISTS { (f)-[:REPORTED_IN]->(:Source) } } AS unsourcedFacts,
				       COUNT { MATCH (a)-[r]->() WHERE NOT a:Import // the audit trail's own ties say which import wrote what
				               AND NOT EXISTS { MATCH (s:Source) WHERE s.id = r.sourceId } } AS unsourcedRels,
				       COUNT { MATCH (f:Fact)-[:REPORTED_IN]->(:Source {id: '%s'}) WHERE f.quote IS NULL OR f.date IS NULL }
				           AS factsWithoutQuoteOrDate""".formatted(ARTICLE));
		assertThat(r.get("unsourcedFacts").asLong()).isZero();
		assertThat(r.get("unsourcedRels").asLong()).isZero();
		assertThat(r.get("factsWithoutQuoteOrDate").asLong()).isZero();
	}

	@Test
	void datesFilterOnTheirBounds() {
		// Facts certainly before 2024: the coup (2021) and the five earlier honorees cannot be counted as certain
		// (their ranges reach 2024), so only the coup qualifies.
		List<String> ids = this.driver.executableQuery(
				// The seed's facts: the database is shared with tests that import other sources.
				"MATCH (f:Fact) WHERE 'src-article-000-c0b8e9393a674a5f' IN f.sourceIds AND f.dateTo < date('2022-01-01') RETURN f.id AS id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id").asString())
			.toList();
		assertThat(ids).containsExactly("eng-2021-mmr-military-coup");
	}

	private Record single(String query) {
		return this.driver.executableQuery(query).execute().records().get(0);
	}

	private Map<String, Long> counts() {
		Record r = single("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships");
		long constraints = single("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").get("n").asLong();
		long indexes = single("SHOW INDEXES YIELD name RETURN count(*) AS n").get("n").asLong();
		return Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong(),
				"constraints", constraints, "indexes", indexes);
	}

}
