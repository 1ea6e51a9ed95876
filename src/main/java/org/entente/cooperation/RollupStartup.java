package org.entente.cooperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.cypher.AppliedScripts;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Scores every fact again and rebuilds the rollups at start when they may not match the graph: on a database that
 * never had them, and when the model (cypher/import/fact-terms.cypher), its weights (cypher/reference) or the way
 * rollups are summed (their scripts) changed. The hash of those files is
 * recorded like an applied script, so an unchanged restart skips the rebuild. A step of the start-up, after the
 * reference tables and before the seed (see {@code StartupSequence}).
 */
@Component
public class RollupStartup {

	private static final Log log = LogFactory.getLog(RollupStartup.class);

	private static final String NAME = "dyad-rollups";

	/** What the rollups' content depends on. */
	private static final List<String> INPUTS = List.of("cypher/reference/cameo.cypher", "cypher/reference/weights.cypher",
			"cypher/import/fact-terms.cypher", "cypher/import/standing-ties.cypher",
			"cypher/queries/rollup-countries.cypher", "cypher/queries/rollup-facts.cypher",
			"cypher/import/dyad-periods.cypher", "cypher/import/dyad-totals.cypher");

	/** Raise it when RollupRows files entries differently, so that existing rollups are rebuilt. */
	private static final int VERSION = 2;

	private final DyadRollups rollups;

	private final AppliedScripts applied;

	private final ResourceLoader resources;

	RollupStartup(DyadRollups rollups, AppliedScripts applied, ResourceLoader resources) {
		this.rollups = rollups;
		this.applied = applied;
		this.resources = resources;
	}

	/** Rebuilds the rollups unless they were built from the model and scripts as they are. */
	public void rebuildIfStale() {
		String sha256 = AppliedScripts.sha256(String.join("\n", INPUTS.stream().map(this::text).toList())
				+ VERSION + RollupRows.HALF_LIFE_DAYS + RollupRows.REFERENCE);
		if (this.applied.applied(NAME, sha256)) {
			return;
		}
		long start = System.nanoTime();
		this.rollups.rebuild();
		this.applied.record(NAME, sha256);
		log.info("Rebuilt the cooperation rollups in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private String text(String path) {
		try {
			return this.resources.getResource("classpath:" + path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
