package org.entente.entity;

import org.entente.WebSliceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The search endpoint's parameters, checked before any query runs. */
@WebMvcTest(EntityController.class)
@Import(EntityService.class)
class EntityControllerTests extends WebSliceTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/api/search|q|is required", "/api/search?q=%20-%20|q|letter or digit",
			"/api/search?q=soe&limit=0|limit|between 1 and 100", "/api/search?q=soe&limit=x|limit|not a whole number" })
	void badSearchParametersAreProblemsNamingTheParameter(String path, String field, String reason) {
		assertBadParameter(path, field, reason);
	}

}
