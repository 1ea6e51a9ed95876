package org.entente.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * The procedures and functions {@code POST /api/cypher} may call: Neo4j's built-in functions, as Neo4j itself lists
 * them, and the reviewed list in {@code console/allowed-calls.txt}. Asked of Neo4j on the first console query, so
 * the answer fits the server the app talks to, embedded or not.
 */
@Component
class AllowedCalls {

	static final String LIST = "console/allowed-calls.txt";

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private volatile Set<String> allowed;

	AllowedCalls(Driver driver, DatabaseSelectionProvider databases) {
		this.driver = driver;
		this.databases = databases;
	}

	/** Whether a dotted name may be called; un-namespaced names are Cypher's own functions. */
	boolean allows(String name) {
		return name.indexOf('.') < 0 || names().contains(name.toLowerCase(Locale.ROOT));
	}

	private Set<String> names() {
		Set<String> names = this.allowed;
		if (names == null) {
			names = new HashSet<>(reviewed());
			names.addAll(builtInFunctions());
			this.allowed = Set.copyOf(names);
		}
		return names;
	}

	private Set<String> builtInFunctions() {
		SessionConfig.Builder config = SessionConfig.builder();
		String database = this.databases.getDatabaseSelection().getValue();
		if (database != null) {
			config.withDatabase(database);
		}
		Set<String> names = new HashSet<>();
		try (var session = this.driver.session(config.build())) {
			session.run("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE isBuiltIn RETURN name")
				.forEachRemaining(row -> names.add(row.get("name").asString().toLowerCase(Locale.ROOT)));
		}
		return names;
	}

	static Set<String> reviewed() {
		try (InputStream in = AllowedCalls.class.getClassLoader().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the classpath");
			}
			Set<String> names = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("#")) {
					names.add(name.toLowerCase(Locale.ROOT));
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
