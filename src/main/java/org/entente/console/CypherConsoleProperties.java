package org.entente.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on {@code POST /api/cypher}.
 *
 * @param timeout how long a query may run before Neo4j terminates its transaction ({@code entente.cypher.timeout})
 * @param maxRows the most rows one answer carries; the rest are cut and the answer says {@code truncated}
 * ({@code entente.cypher.max-rows})
 */
@ConfigurationProperties("entente.cypher")
record CypherConsoleProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("1000") int maxRows) {

	CypherConsoleProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("entente.cypher.timeout must be positive, not " + timeout);
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("entente.cypher.max-rows must be at least 1, not " + maxRows);
		}
	}

}
