package org.entente.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.security.GeneratedPassword;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.server.security.auth.LegacyCredential;

/**
 * Neo4j running inside the application's JVM: Bolt, HTTP and Neo4j Browser, APOC and GDS, with its database in a
 * folder that outlives the process.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log log = LogFactory.getLog(EmbeddedNeo4j.class);

	/** Hosts Neo4j Browser may fetch guides from: Neo4j's own, and this app on localhost. */
	static final String BROWSER_GUIDE_HOSTS = "guides.neo4j.com,localhost,127.0.0.1";

	private final DatabaseManagementService dbms;

	/** The server's one user (Neo4j Community has one administrator) and where its generated password is kept. */
	static final String USER = "neo4j";

	static final String PASSWORD_FILE = "neo4j-password";

	private final AuthToken authToken;

	private final URI boltUri;

	private final URI httpUri;

	private EmbeddedNeo4j(DatabaseManagementService dbms, String password) {
		this.dbms = dbms;
		this.authToken = AuthTokens.basic(USER, password);
		var ports = system(dbms).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
		this.boltUri = URI.create("bolt://" + ports.getLocalAddress(ConnectorType.BOLT));
		this.httpUri = URI.create("http://" + ports.getLocalAddress(ConnectorType.HTTP) + "/");
	}

	/**
	 * Starts the server.
	 * @param properties where to keep data and listen
	 * @param webPort the REST API's port, checked up front so a clash is reported before Neo4j spends seconds starting
	 * @return the running server
	 * @throws PortInUseException when a port is taken
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, int webPort) {
		String host = properties.listenAddress();
		ensureFree("Bolt", host, properties.boltPort(), "ENTENTE_BOLT_PORT");
		ensureFree("Neo4j HTTP", host, properties.httpPort(), "ENTENTE_HTTP_PORT");
		ensureFree("REST API", host, webPort, "SERVER_PORT");

		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		createDirectories(dataDir);
		// The DBMS API, not the test harness: the harness would bring JUnit, Mockito and AssertJ into the runtime.
		// Neo4j's home is the data folder, so its logs sit beside the database.
		var builder = new DatabaseManagementServiceBuilder(dataDir)
			.setConfig(typed(properties.settings())) // first, so that the settings below win
			.setConfig(GraphDatabaseSettings.data_directory, dataDir)
			// Authentication on, and no cross-origin access to the HTTP API: a web page the user visits could
			// otherwise drive the database through the browser (the Browser itself is served from the same origin).
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(ServerSettings.http_access_control_allow_origin, "http://" + host + ":" + properties.httpPort())
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			// Memory-tracked transactions with a cap: a query that builds too much (say range(1, 2e8)) fails with
			// MemoryPoolOutOfMemoryError instead of exhausting the heap. The cap binds imports too (a dossier is one
			// transaction), so its default is what the largest measured one, a size-L roster, needs; see docs/operations.md.
			.setConfig(GraphDatabaseSettings.memory_tracking, true)
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemory().toBytes())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					properties.totalTransactionMemory().toBytes())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(host, properties.boltPort()))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(host, properties.boltPort()))
			.setConfig(HttpConnector.enabled, true)
			.setConfig(HttpConnector.listen_address, new SocketAddress(host, properties.httpPort()))
			.setConfig(HttpConnector.advertised_address, new SocketAddress(host, properties.httpPort()))
			// Transaction time limits are checked every 2 s by default, so a 5 s limit could end at 7 s.
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
			.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
			// Browser plays remote guides only from these hosts: the app serves its guide on localhost
			// (:play http://localhost:8080/guides/entente.html). Named "whitelist" in Neo4j 5.
			.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, BROWSER_GUIDE_HOSTS)
			// Bolt's default Netty quiet period makes shutdown take 10-15 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		String password = properties.password().isEmpty()
				? GeneratedPassword.in(dataDir.resolve(PASSWORD_FILE)) : properties.password();
		long started = System.nanoTime();
		Path initialUser = CommunitySecurityModule.getInitialUserRepositoryFile(
				Config.defaults(GraphDatabaseSettings.data_directory, dataDir));
		if (!Files.exists(dataDir.resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
			writeInitialUser(initialUser, password);
		}
		DatabaseManagementService dbms = builder.build();
		deleteIfExists(initialUser); // read once, and it holds the password's hash
		try {
			Plugins.register(system(dbms).getDependencyResolver().resolveDependency(GlobalProcedures.class));
		}
		catch (RuntimeException ex) {
			dbms.shutdown(); // or its threads keep the JVM alive
			throw ex;
		}
		EmbeddedNeo4j server = new EmbeddedNeo4j(dbms, password);
		if (!server.acceptsItsPassword()) {
			setPassword(dbms, password);
		}
		log.info("Embedded Neo4j ready in %d ms: Bolt %s, Browser %sbrowser/, data in %s".formatted(
				(System.nanoTime() - started) / 1_000_000, server.boltUri, server.httpUri, dataDir));
		return server;
	}

	/**
	 * Whether Bolt already takes the password: a login costs a fraction of a second, while ALTER USER is the first
	 * query on the system database and took about 4 s of a cold start (measured at size S).
	 */
	private boolean acceptsItsPassword() {
		try (Driver driver = GraphDatabase.driver(this.boltUri, this.authToken)) {
			driver.verifyConnectivity();
			return true;
		}
		catch (ClientException ex) {
			return false; // a first start (its password must be changed), or a changed ENTENTE_NEO4J_PASSWORD
		}
	}

	/** How a driver logs in: user {@code neo4j} with the configured or generated password. */
	public AuthToken authToken() {
		return this.authToken;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public URI httpUri() {
		return this.httpUri;
	}

	@Override
	public void close() {
		this.dbms.shutdown();
	}

	/**
	 * Gives a new store its user as {@code neo4j-admin dbms set-initial-password} does: Neo4j reads the file when it
	 * creates the system database, so a first start needs no ALTER USER (about 2 s of every fresh start).
	 */
	private static void writeInitialUser(Path file, String password) {
		var users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(),
				EmptyMemoryTracker.INSTANCE);
		try {
			deleteIfExists(file); // left by a first start that stopped before creating the system database
			users.start();
			users.create(new User(USER, null, LegacyCredential.forPassword(password), false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write Neo4j's initial user to " + file, ex);
		}
	}

	/**
	 * Sets the password of user {@code neo4j} and clears the change Neo4j demands on first login, so that a changed
	 * {@code ENTENTE_NEO4J_PASSWORD} takes effect. The embedded API runs as the server itself, so it needs no login.
	 */
	private static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			system(dbms).executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			if (!ex.getMessage().contains("cannot be the same")) { // already set: nothing to change
				dbms.shutdown();
				throw ex;
			}
		}
	}

	private static GraphDatabaseAPI system(DatabaseManagementService dbms) {
		return (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
	}

	private static void ensureFree(String what, String host, int port, String setting) {
		if (port == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new PortInUseException(what, host, port, setting);
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + dir, ex);
		}
	}

	/** Settings given by name, as Neo4j reads neo4j.conf: a wrong name or value fails the start, saying which. */
	private static Map<Setting<?>, Object> typed(Map<String, String> raw) {
		if (raw.isEmpty()) {
			return Map.of(); // the usual case: no second Config, whose building loads every settings declaration
		}
		Config config = Config.newBuilder().setRaw(raw).build();
		Map<Setting<?>, Object> typed = new HashMap<>();
		config.getDeclaredSettings().forEach((name, setting) -> {
			if (raw.containsKey(name)) {
				typed.put(setting, config.get(setting));
			}
		});
		return typed;
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + file, ex);
		}
	}

}
