package org.entente.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on {@code POST /api/cypher}.
 *
 * @param timeout how long a query may run, its answer read included, before its transaction is ended
 * ({@code entente.cypher.timeout})
 * @param maxRows the most rows one answer carries; the rest are cut and the answer says {@code truncated}
 * ({@code entente.cypher.max-rows})
 * @param maxBytes the most bytes of rows one answer carries, as JSON; rows past it are cut and the answer says
 * {@code truncated}, and a single row bigger than this is refused ({@code entente.cypher.max-bytes})
 */
@ConfigurationProperties("entente.cypher")
record CypherConsoleProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("1000") int maxRows,
		@DefaultValue("4MB") DataSize maxBytes) {

	CypherConsoleProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("entente.cypher.timeout must be positive, not " + timeout);
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("entente.cypher.max-rows must be at least 1, not " + maxRows);
		}
		if (maxBytes.toBytes() < 1024) {
			throw new IllegalArgumentException("entente.cypher.max-bytes must be at least 1KB, not " + maxBytes);
		}
	}

}
