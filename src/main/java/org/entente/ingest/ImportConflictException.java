package org.entente.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 409 problem: the import is retracted already. */
class ImportConflictException extends ErrorResponseException {

	ImportConflictException(String id, String retractedAt) {
		super(HttpStatus.CONFLICT, problem(id, retractedAt), null);
	}

	private static ProblemDetail problem(String id, String retractedAt) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Import '" + id + "' was retracted already, at " + retractedAt + ".");
		problem.setTitle("Already retracted");
		problem.setProperty("id", id);
		return problem;
	}

}
