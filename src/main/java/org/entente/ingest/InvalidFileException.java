package org.entente.ingest;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 problem listing the errors of a rejected data file, each with its file, line, column and the column's
 * name (at most {@link GdeltEvents#MAX_ERRORS}; {@code errorCount} says how many there are). Nothing was written.
 */
class InvalidFileException extends ErrorResponseException {

	private final List<GdeltEvents.FileError> errors;

	private final long errorCount;

	InvalidFileException(long errorCount, List<GdeltEvents.FileError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errorCount, errors), null);
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	List<GdeltEvents.FileError> errors() {
		return this.errors;
	}

	long errorCount() {
		return this.errorCount;
	}

	private static ProblemDetail problem(long errorCount, List<GdeltEvents.FileError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The file has " + errorCount + " error(s); nothing was imported.");
		problem.setTitle("Invalid file");
		problem.setProperty("errorCount", errorCount);
		problem.setProperty("errors", errors);
		return problem;
	}

}
