package org.entente;

import org.entente.cypher.CypherQueries;

import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query tier: Spring Data Neo4j's slice (the driver, {@code Neo4jClient} and read-only transactions; no web layer,
 * no start-up sequence, no embedded server) over {@link SeedNeo4j}. A subclass imports the service it tests.
 */
@DataNeo4jTest
@Import(CypherQueries.class)
// The services open their own read-only transactions, as they do in the app: the test holds none around them.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public abstract class QueryTest {

	@DynamicPropertySource
	static void seedNeo4j(DynamicPropertyRegistry registry) {
		SeedNeo4j.register(registry);
	}

}
