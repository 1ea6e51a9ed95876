package org.entente.neo4j;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PluginsTests extends IntegrationTest {

	@Autowired
	Driver driver;

	@Test
	void apocAndGdsAreAvailableInTheEmbeddedServer() {
		Record versions = this.driver.executableQuery("RETURN apoc.version() AS apoc, gds.version() AS gds")
			.execute()
			.records()
			.get(0);

		assertThat(versions.get("apoc").asString()).startsWith("5.26");
		assertThat(versions.get("gds").asString()).startsWith("2.13");
		assertThat(this.driver.executableQuery("CALL gds.graph.project('probe', 'Country', '*') YIELD nodeCount RETURN nodeCount")
			.execute()
			.records()
			.get(0)
			.get("nodeCount")
			.asLong()).isGreaterThanOrEqualTo(2);
		this.driver.executableQuery("CALL gds.graph.drop('probe')").execute();
	}

}
