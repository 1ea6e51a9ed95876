package org.entente.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 404 problem for an id that names nothing in the graph. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what, String id) {
		super(HttpStatus.NOT_FOUND, problem(what, id), null);
	}

	private static ProblemDetail problem(String what, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with id '" + id + "'.");
		problem.setTitle("Not found");
		problem.setProperty("id", id);
		return problem;
	}

}
