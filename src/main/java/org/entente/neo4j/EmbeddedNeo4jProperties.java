package org.entente.neo4j;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The embedded Neo4j server: where it keeps its data and where it listens.
 *
 * @param dataDir the persistent database folder ({@code ENTENTE_DATA_DIR})
 * @param listenAddress the interface Bolt and HTTP bind to
 * @param boltPort Bolt port ({@code ENTENTE_BOLT_PORT}), 0 for any free port
 * @param httpPort HTTP port for Neo4j Browser ({@code ENTENTE_HTTP_PORT}), 0 for any free port
 * @param pageCache the most memory Neo4j may map for its store files ({@code ENTENTE_PAGE_CACHE}); taken as
 * needed. The harness's own default, 8 MB, made a 10^5-fact import and queries on it page-fault on every step.
 * @param transactionMemory the most heap one transaction may use ({@code db.memory.transaction.max},
 * {@code ENTENTE_TRANSACTION_MEMORY}); Neo4j's default is no limit, so one query could exhaust the heap
 * @param totalTransactionMemory the most heap all transactions together may use
 * ({@code dbms.memory.transaction.total.max}, {@code ENTENTE_TOTAL_TRANSACTION_MEMORY})
 * @param password the password of the server's user {@code neo4j} ({@code ENTENTE_NEO4J_PASSWORD}); when empty, one
 * is generated into {@code neo4j-password} in the data folder, readable by its owner only
 * @param settings any other Neo4j setting by its neo4j.conf name, as
 * {@code entente.neo4j.embedded.settings[db.logs.query.threshold]=1s}; those above, and the ones Entente's safety
 * rests on (authentication, allowed origins), cannot be changed so
 */
@ConfigurationProperties("entente.neo4j.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, String listenAddress, int boltPort, int httpPort,
		DataSize pageCache, DataSize transactionMemory, DataSize totalTransactionMemory, String password,
		Map<String, String> settings) {

	/** The defaults of application.properties, for a server started outside Spring (tests, tools). */
	static final DataSize DEFAULT_TRANSACTION_MEMORY = DataSize.ofGigabytes(3);

	static final DataSize DEFAULT_TOTAL_TRANSACTION_MEMORY = DataSize.ofGigabytes(3);

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	static final int MIN_PASSWORD_LENGTH = 8;

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
		transactionMemory = (transactionMemory != null) ? transactionMemory : DEFAULT_TRANSACTION_MEMORY;
		totalTransactionMemory = (totalTransactionMemory != null) ? totalTransactionMemory
				: DEFAULT_TOTAL_TRANSACTION_MEMORY;
		password = (password != null) ? password : "";
		settings = (settings != null) ? Map.copyOf(settings) : Map.of();
		if (!password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("ENTENTE_NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH
					+ " characters long, as Neo4j requires");
		}
		if (transactionMemory.toBytes() <= 0 || totalTransactionMemory.toBytes() < transactionMemory.toBytes()) {
			throw new IllegalArgumentException("entente.neo4j.embedded.transaction-memory must be positive and at most "
					+ "total-transaction-memory, not " + transactionMemory + " and " + totalTransactionMemory);
		}
	}

	public EmbeddedNeo4jProperties(Path dataDir, String listenAddress, int boltPort, int httpPort, DataSize pageCache) {
		this(dataDir, listenAddress, boltPort, httpPort, pageCache, null, null, null, null);
	}

}
