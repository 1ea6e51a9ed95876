package org.entente.cooperation;

import org.entente.WebSliceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The cooperation endpoints' parameters, checked before any query runs. */
@WebMvcTest(CooperationController.class)
@Import(CooperationService.class)
class CooperationControllerTests extends WebSliceTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/api/cooperation?a=XAA|b|is required",
			"/api/cooperation?a=XAA&b=XAA|b|must differ", "/api/cooperation?a=XAA&b=XBB&halfLifeDays=0|halfLifeDays|between",
			"/api/cooperation?a=XAA&b=XBB&asOf=yesterday|asOf|not a date",
			"/api/cooperation/partners?of=XAA&top=101|top|between 1 and 100",
			"/api/cooperation/matrix?countries=XAA|countries|2 to 250",
			"/api/cooperation/matrix?countries=XAA,nope|countries|not an ISO 3166-1",
			"/api/cooperation/timeline?a=XAA&b=XBB&interval=week|interval|quarter",
			"/api/cooperation/timeline?a=XAA&b=XBB&interval=month&from=1900-01-01&to=2020-01-01|from|more than 240" })
	void badParametersAreProblemsNamingTheParameter(String path, String field, String reason) {
		assertBadParameter(path, field, reason);
	}

}
