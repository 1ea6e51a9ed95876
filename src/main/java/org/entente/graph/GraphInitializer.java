package org.entente.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher}, the reference tables in {@code cypher/reference/} (event types and weights)
 * and the seed in {@code cypher/seed/}, in that order, before the API serves requests. All are idempotent; each applied script is recorded as an {@code (:AppliedScript {name, sha256})} node, so a restart
 * skips what is already there (and saves seconds of cold Cypher planning) but re-applies a script that changed.
 */
@Component
class GraphInitializer implements InitializingBean {

	private static final Log log = LogFactory.getLog(GraphInitializer.class);

	private final Driver driver;

	private final ResourcePatternResolver resources;

	private final boolean seed;

	GraphInitializer(Driver driver, ResourcePatternResolver resources, @Value("${entente.seed.enabled:true}") boolean seed) {
		this.driver = driver;
		this.resources = resources;
		this.seed = seed;
	}

	@Override
	public void afterPropertiesSet() {
		run(List.of(this.resources.getResource("classpath:cypher/schema.cypher")));
		run(scripts("classpath*:cypher/reference/*.cypher"));
		if (this.seed) {
			run(scripts("classpath*:cypher/seed/*.cypher"));
		}
	}

	private List<Resource> scripts(String pattern) {
		try {
			return Arrays.stream(this.resources.getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void run(List<Resource> scripts) {
		for (Resource resource : scripts) {
			CypherScript script = CypherScript.of(resource);
			if (alreadyApplied(script)) {
				log.info(script.name() + " already applied");
				continue;
			}
			// One transaction per statement: Neo4j does not mix schema and data changes in one transaction.
			script.statements().forEach(statement -> this.driver.executableQuery(statement).execute());
			this.driver.executableQuery("""
					MERGE (s:AppliedScript {name: $name})
					SET s.sha256 = $sha256, s.appliedAt = datetime()""")
				.withParameters(Map.of("name", script.name(), "sha256", script.sha256()))
				.execute();
			log.info("Applied " + script.name() + " (" + script.statements().size() + " statements)");
		}
	}

	private boolean alreadyApplied(CypherScript script) {
		return this.driver.executableQuery("MATCH (s:AppliedScript {name: $name, sha256: $sha256}) RETURN count(s) > 0")
			.withParameters(Map.of("name", script.name(), "sha256", script.sha256()))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()
			.get(0)
			.get(0)
			.asBoolean();
	}

}
