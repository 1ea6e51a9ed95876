package org.entente;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.neo4j.EmbeddedNeo4j;
import org.entente.neo4j.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FollowTheMoney out and in again: the seed's FtM export, imported by the command line into a fresh database, gives
 * the same officials, military and state bodies (ids, names, aliases, countries), the same positions (holder, body,
 * title, date) and, for every engagement or conferral with a participant FtM can name, the same fact with the same
 * date and participants. What does not come back is in docs/formats.md.
 */
class FtmRoundTripTests extends IntegrationTest {

	/**
	 * What FtM carries, as sorted text; a query per kind, run on both databases. A military or state body of a
	 * country that a source made up (not of the ISO reference table) has no country in a fresh database, and is left
	 * out, with what ties to it.
	 */
	private static final List<String> CARRIED = List.of("""
			MATCH (n:Official|Military|StateBody)
			OPTIONAL MATCH (n)-[:OF_COUNTRY]->(c:Country)
			WITH n, c WHERE n:Official OR c.numeric IS NOT NULL
			RETURN 'entity ' + [l IN labels(n) WHERE l <> 'Entity'][0] + ' ' + n.id + ' ' + n.name + ' ' + reduce(s = '', a IN coalesce(n.aliases, []) | s + a + '|') + ' ' + coalesce(c.id, '-') AS line""", """
			MATCH (o:Official)-[:HOLDS]->(p:Position)-[:IN]->(b)-[:OF_COUNTRY]->(c:Country) WHERE c.numeric IS NOT NULL
			RETURN 'position ' + p.id + ' ' + o.id + ' ' + b.id + ' ' + coalesce(p.title, '') + ' ' + coalesce(p.date, '') AS line""", """
			MATCH (f:Fact) WHERE (f:Engagement OR f:Conferral) AND f.date IS NOT NULL
			WITH f, COLLECT { MATCH (e)-[r]-(f) WHERE type(r) IN ['ACTOR_IN', 'CONFERRED', 'TARGETS', 'AWARDED_TO']
			                    AND (e:Official OR EXISTS { (e:Military|StateBody)-[:OF_COUNTRY]->(c:Country) WHERE c.numeric IS NOT NULL })
			                  RETURN e.id AS id ORDER BY id } AS named
			WHERE size(named) > 0
			RETURN 'event ' + f.id + ' ' + f.date + ' ' + reduce(s = '', i IN named | s + i + ' ') AS line""");

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@Test
	void theSeedExportedAsFtmAndImportedIntoAFreshDatabaseGivesTheSameEntitiesPositionsAndEvents() throws Exception {
		Response export = get("/api/export?format=ftm");
		assertThat(export.status()).isEqualTo(200);
		Path file = this.dir.resolve("seed.ftm.jsonl");
		Files.writeString(file, export.body());
		Path data = this.dir.resolve("fresh");

		int exit = EntenteApplication.runCommand("import", "--format=ftm", file.toString(),
				"--entente.neo4j.embedded.data-dir=" + data, "--entente.seed.enabled=false", "--spring.main.banner-mode=off");

		assertThat(exit).isZero();
		List<String> original = carried(this.driver);
		try (EmbeddedNeo4j fresh = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(data, "localhost", 0, 0, DataSize.ofMegabytes(64)), 0);
				Driver driver = GraphDatabase.driver(fresh.boltUri(), fresh.authToken())) {
			assertThat(carried(driver)).isEqualTo(original);
		}
		assertThat(original).anyMatch(line -> line.startsWith("position ")).anyMatch(line -> line.startsWith("event "))
			.anyMatch(line -> line.startsWith("entity Military"));
	}

	private static List<String> carried(Driver driver) {
		List<String> lines = new ArrayList<>();
		CARRIED.forEach(query -> driver.executableQuery(query).execute().records()
			.forEach(record -> lines.add(record.get("line").asString())));
		lines.sort(null);
		return lines;
	}

}
