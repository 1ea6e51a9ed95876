package org.entente.neo4j;

import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded Neo4j server: where it keeps its data and where it listens.
 *
 * @param dataDir the persistent database folder ({@code ENTENTE_DATA_DIR})
 * @param listenAddress the interface Bolt and HTTP bind to; localhost keeps the unauthenticated server private
 * @param boltPort Bolt port ({@code ENTENTE_BOLT_PORT}), 0 for any free port
 * @param httpPort HTTP port for Neo4j Browser ({@code ENTENTE_HTTP_PORT}), 0 for any free port
 * @param pageCache the most memory Neo4j may map for its store files ({@code ENTENTE_PAGE_CACHE}); taken as
 * needed. The harness's own default, 8 MB, made a 10^5-fact import and queries on it page-fault on every step.
 */
@ConfigurationProperties("entente.neo4j.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, String listenAddress, int boltPort, int httpPort,
		DataSize pageCache) {
}
