package org.entente.paths;

import org.entente.WebSliceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The paths endpoint's parameters, checked before any query runs. */
@WebMvcTest(PathController.class)
@Import(PathService.class)
class PathControllerTests extends WebSliceTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/api/paths?to=XAA|from|is required", "/api/paths?from=XAA&to=XBB&k=0|k|between 1 and 10",
			"/api/paths?from=XAA&to=XBB&k=11|k|between 1 and 10", "/api/paths?from=XAA&to=XBB&maxHops=9|maxHops|between 1 and 8",
			"/api/paths?from=XAA&to=XBB&mode=fastest|mode|strongest",
			"/api/paths?from=XAA&to=XAA|to|must differ", "/api/paths?from=XAA&to=XBB&asOf=2020-02-30|asOf|not a date" })
	void badParametersAreProblemsNamingTheParameter(String path, String field, String reason) {
		assertBadParameter(path, field, reason);
	}

}
