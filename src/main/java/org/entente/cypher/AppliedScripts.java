package org.entente.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.stereotype.Component;

/**
 * What start-up has already loaded: each script or seed file is recorded as {@code (:AppliedScript {name, sha256})},
 * so a restart skips it (and seconds of cold Cypher planning) but loads it again once its text changes.
 */
@Component
public class AppliedScripts {

	private final Driver driver;

	AppliedScripts(Driver driver) {
		this.driver = driver;
	}

	public boolean applied(String name, String sha256) {
		return this.driver.executableQuery("MATCH (s:AppliedScript {name: $name, sha256: $sha256}) RETURN count(s) > 0")
			.withParameters(Map.of("name", name, "sha256", sha256))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records()
			.get(0)
			.get(0)
			.asBoolean();
	}

	/** The hex SHA-256 of a file's text: what tells a changed file from one already applied. */
	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void record(String name, String sha256) {
		this.driver.executableQuery("""
				MERGE (s:AppliedScript {name: $name})
				SET s.sha256 = $sha256, s.appliedAt = datetime()""")
			.withParameters(Map.of("name", name, "sha256", sha256))
			.execute();
	}

}
