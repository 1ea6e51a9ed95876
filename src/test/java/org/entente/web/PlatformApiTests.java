package org.entente.web;

import java.util.List;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformApiTests extends IntegrationTest {

	@Test
	void healthIncludesNeo4j() {
		Response response = send("GET", "/actuator/health", AS_ADMIN);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.components.neo4j.status")).isEqualTo("UP");
		assertThat(response.<String>json("$.components.neo4j.details.server")).startsWith("5.26");
	}

	@Test
	void openApiDescribesTheEndpoints() {
		Response response = get("/v3/api-docs");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<Object>json("$.paths['/api/search']")).isNotNull();
		assertThat(response.<Object>json("$.paths['/api/entities/{id}']")).isNotNull();
		assertThat(response.<List<String>>json("$.paths['/api/cooperation'].get.parameters[*].name")).contains("evidence");
		assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void unknownPathIsAProblemNotAStackTrace() {
		Response response = get("/api/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

}
