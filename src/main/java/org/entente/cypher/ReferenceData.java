package org.entente.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} and the reference tables in {@code cypher/reference/} (event types, countries,
 * weights), the first steps of the start-up (see {@code StartupSequence}). Both are idempotent; a script already
 * applied with the same text is skipped (see {@link AppliedScripts}).
 */
@Component
public class ReferenceData {

	private static final Log log = LogFactory.getLog(ReferenceData.class);

	private final Driver driver;

	private final ResourcePatternResolver resources;

	private final AppliedScripts applied;

	ReferenceData(Driver driver, ResourcePatternResolver resources, AppliedScripts applied) {
		this.driver = driver;
		this.resources = resources;
		this.applied = applied;
	}

	/** Constraints and indexes. */
	public void applySchema() {
		run(List.of(this.resources.getResource("classpath:cypher/schema.cypher")));
	}

	/** Countries, event types and their weights, the scoring model's parameters. */
	public void applyReferenceTables() {
		run(scripts("classpath*:cypher/reference/*.cypher"));
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
			if (this.applied.applied(script.name(), script.sha256())) {
				log.info(script.name() + " already applied");
				continue;
			}
			long started = System.nanoTime();
			// One transaction per statement: Neo4j does not mix schema and data changes in one transaction.
			script.statements().forEach(statement -> this.driver.executableQuery(statement).execute());
			this.applied.record(script.name(), script.sha256());
			log.info("Applied %s (%d statements) in %d ms".formatted(script.name(), script.statements().size(),
					(System.nanoTime() - started) / 1_000_000));
		}
	}

}
