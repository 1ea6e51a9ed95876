package org.entente.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The shape of every 400: an RFC 9457 problem whose {@code errors} name each field and the reason. */
final class Problems {

	private Problems() {
	}

	record FieldError(String field, String reason) {
	}

	static ProblemDetail badRequest(List<FieldError> errors) {
		String detail = errors.stream()
			.map(error -> error.field() + ": " + error.reason())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
