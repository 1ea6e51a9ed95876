package org.entente.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is an RFC 9457 problem+json body; 400s name the parameter and the reason. Nothing leaks a stack trace:
 * an unexpected failure is logged here and answered with a bare 500 problem.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiErrors.class);

	/** How Neo4j names the property of a uniqueness constraint: "... and property `iso2` = 'MM'". */
	private static final Pattern CONSTRAINED = Pattern.compile("propert(?:y|ies) `(\\w+)`");

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(ex, ex.getParameterName(), "is required", request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// A parameter given twice arrives as an array, which would print as its class name.
		Object value = (ex.getValue() instanceof Object[] values) ? String.join(",", Arrays.stream(values).map(String::valueOf).toList())
				: ex.getValue();
		return badRequest(ex, ex.getPropertyName(), "'" + value + "' is not " + expected(ex.getRequiredType()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return handleErrorResponseException(tooLarge, tooLarge.getHeaders(), tooLarge.getStatusCode(), request);
			}
		}
		// Name the JSON field at fault when the parser knows it, e.g. "params" given as a list, not an object.
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return badRequest(ex, path(mismatch), "must be " + expected(mismatch.getTargetType()), request);
		}
		if (ex.getCause() instanceof JacksonException) {
			return badRequest(ex, "body", "is not valid JSON", request);
		}
		return badRequest(ex, "body", "is required", request);
	}

	/** Tomcat's verdict on a query string it cannot decode, e.g. a {@code %} not followed by two hex digits. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Object> undecodableQuery(Exception ex, WebRequest request) {
		return badRequest(ex, "query string", "holds a broken %-escape: a % must be followed by two hex digits", request);
	}

	/** A body that says it is multipart/form-data and is not: the servlet reads it before any endpoint is chosen. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableMultipart(Exception ex, WebRequest request) {
		return badRequest(ex, "body", "is not the multipart/form-data its Content-Type says", request);
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			TransientDataAccessException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
		log.warn("Neo4j unavailable: " + ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The graph database is not reachable; try again shortly.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	/**
	 * The last line of defence: the importers check every constraint of cypher/schema.cypher before writing, but if one
	 * is broken anyway, it is the client's data at fault, named by the property Neo4j reports.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ClientException.class })
	ResponseEntity<Object> constraintBroken(Exception ex, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code().endsWith("ConstraintValidationFailed")) {
				Matcher property = CONSTRAINED.matcher(String.valueOf(neo4j.getMessage()));
				String field = property.find() ? property.group(1) : "body";
				log.warn("Constraint refused a write: " + neo4j.getMessage());
				return badRequest(ex, field, "is already taken by another node: the graph holds one node per "
						+ field + " (cypher/schema.cypher); nothing was written", request);
			}
		}
		return unexpected(ex, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on " + request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/**
	 * A problem says it is problem+json itself: negotiated against an Accept that cannot be parsed (";;;"), Spring
	 * would send the status with no body at all.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		if (body instanceof ProblemDetail && headers.getContentType() == null) {
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		return new ResponseEntity<>(body, problemHeaders, status);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String expected(Class<?> type) {
		if (type != null && Map.class.isAssignableFrom(type)) {
			return "a JSON object";
		}
		if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
			return "a JSON array";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return "a valid value";
	}

	private ResponseEntity<Object> badRequest(Exception ex, String field, String reason, WebRequest request) {
		ProblemDetail problem = Problems.badRequest(List.of(new Problems.FieldError(field, reason)));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

}
