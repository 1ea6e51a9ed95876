package org.entente.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless {@code ENTENTE_NEO4J_URI} points at an external server, and points the driver at
 * it. Spring closes the driver (which depends on the server) before the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${entente.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, @Value("${server.port:8080}") int webPort) {
		return EmbeddedNeo4j.start(properties, webPort);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return server.authToken();
			}
		};
	}

}
