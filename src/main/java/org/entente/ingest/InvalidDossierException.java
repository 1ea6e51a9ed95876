package org.entente.ingest;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem listing every error of a rejected dossier, each with its JSON pointer. Nothing was written. */
class InvalidDossierException extends ErrorResponseException {

	private final List<DossierError> errors;

	InvalidDossierException(List<DossierError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	List<DossierError> errors() {
		return this.errors;
	}

	private static ProblemDetail problem(List<DossierError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The dossier has " + errors.size() + " error(s); nothing was imported.");
		problem.setTitle("Invalid dossier");
		problem.setProperty("errors", errors);
		return problem;
	}

}
