package org.entente.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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

	/** What reading a data file found: how many errors, and the first of them. */
	interface Checked {

		long errorCount();

		List<GdeltEvents.FileError> errors();

	}

	/**
	 * Reads a UTF-8 data file as a stream with {@code read}.
	 * @throws InvalidFileException listing the errors it found, or saying it cannot be read
	 */
	static <S extends Checked> S read(Path path, String file, Function<Reader, S> read) {
		S summary;
		try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			summary = read.apply(in);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InvalidFileException(1, List.of(new GdeltEvents.FileError(file, 0, 0, null,
					"cannot be read as UTF-8 text: " + ex.getMessage())));
		}
		if (summary.errorCount() > 0) {
			throw new InvalidFileException(summary.errorCount(), summary.errors());
		}
		return summary;
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
