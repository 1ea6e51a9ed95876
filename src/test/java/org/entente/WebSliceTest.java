package org.entente;

import java.net.URI;

import org.entente.cypher.CypherQueries;
import org.entente.entity.EntityLookup;
import org.entente.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.neo4j.test.autoconfigure.AutoConfigureDataNeo4j;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web tier: a subclass puts one controller in Spring MVC's slice ({@code @WebMvcTest}: binding, validation,
 * problem details, no server) with its real service over {@link SeedNeo4j}, so nothing is mocked.
 */
@AutoConfigureDataNeo4j
@Import({ CypherQueries.class, EntityLookup.class, SecurityConfiguration.class })
public abstract class WebSliceTest {

	@Autowired
	protected MockMvcTester mvc;

	@DynamicPropertySource
	static void seedNeo4j(DynamicPropertyRegistry registry) {
		SeedNeo4j.register(registry);
		registry.add("entente.security.editor.password", () -> ApiTest.EDITOR_PASSWORD);
		registry.add("entente.security.admin.password", () -> ApiTest.ADMIN_PASSWORD);
		registry.add("entente.security.password-strength", () -> 4);
	}

	/** The request is refused with a 400 problem naming {@code field} and a reason containing {@code reason}. */
	protected void assertBadParameter(String path, String field, String reason) {
		// A URI, not a template: the path is already %-encoded as a client would send it.
		MvcTestResult result = this.mvc.get().uri(URI.create(path)).exchange();

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").asString().contains(reason);
	}

}
