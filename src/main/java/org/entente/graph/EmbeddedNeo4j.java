package org.entente.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

import org.springframework.util.FileSystemUtils;

/**
 * Neo4j running inside the application's JVM: Bolt, HTTP and Neo4j Browser, APOC and GDS, with its database in a
 * folder that outlives the process.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log log = LogFactory.getLog(EmbeddedNeo4j.class);

	/** Hosts Neo4j Browser may fetch guides from: Neo4j's own, and this app on localhost. */
	static final String BROWSER_GUIDE_HOSTS = "guides.neo4j.com,localhost,127.0.0.1";

	private final Neo4j server;

	private EmbeddedNeo4j(Neo4j server) {
		this.server = server;
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
		// The harness works in a random folder below this one and deletes it on close; the database itself lives
		// in dataDir. A crash leaves the random folder behind, so clear it first.
		Path runDir = dataDir.resolve("run");
		FileSystemUtils.deleteRecursively(runDir.toFile());
		createDirectories(runDir);

		var builder = Neo4jBuilders.newInProcessBuilder(runDir)
			.withConfig(GraphDatabaseSettings.data_directory, dataDir)
			.withConfig(GraphDatabaseSettings.auth_enabled, false)
			.withConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.withConfig(BoltConnector.enabled, true)
			.withConfig(BoltConnector.listen_address, new SocketAddress(host, properties.boltPort()))
			.withConfig(BoltConnector.advertised_address, new SocketAddress(host, properties.boltPort()))
			.withConfig(HttpConnector.enabled, true)
			.withConfig(HttpConnector.listen_address, new SocketAddress(host, properties.httpPort()))
			.withConfig(HttpConnector.advertised_address, new SocketAddress(host, properties.httpPort()))
			.withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
			// Browser plays remote guides only from these hosts: the app serves its guide on localhost
			// (:play http://localhost:8080/guides/entente.html). Named "whitelist" in Neo4j 5.
			.withConfig(ServerSettings.browser_remote_content_hostname_whitelist, BROWSER_GUIDE_HOSTS)
			// Bolt's default Netty quiet period makes shutdown take 10-15 s.
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		long started = System.nanoTime();
		Neo4j server = Plugins.register(builder).build();
		log.info("Embedded Neo4j ready in %d ms: Bolt %s, Browser %sbrowser/, data in %s".formatted(
				(System.nanoTime() - started) / 1_000_000, server.boltURI(), server.httpURI(), dataDir));
		return new EmbeddedNeo4j(server);
	}

	public URI boltUri() {
		return this.server.boltURI();
	}

	public URI httpUri() {
		return this.server.httpURI();
	}

	@Override
	public void close() {
		this.server.close();
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

}
