package org.entente.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 413 problem: the body is larger than {@code entente.web.max-body}. */
class BodyTooLargeException extends ErrorResponseException {

	BodyTooLargeException(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
	}

	private static ProblemDetail problem(long limit) {
		String reason = "is larger than the " + limit + " bytes this server takes (entente.web.max-body); import a "
				+ "larger file with the command line (docs/api.md)";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "body: " + reason);
		problem.setProperty("errors", List.of(new Problems.FieldError("body", reason)));
		return problem;
	}

}
