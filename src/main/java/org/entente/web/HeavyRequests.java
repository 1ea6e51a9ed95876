package org.entente.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Lets at most {@code entente.web.heavy-requests} heavy requests run at once: imports, exports and strongest paths,
 * each of which can keep a core busy for seconds at size M. One more is answered at once with a 503 problem and a
 * {@code Retry-After}, rather than queued behind the others while it holds a thread.
 */
@Component
// Only for the web server: the command line (import, generate) runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestLimits.class)
class HeavyRequests extends OncePerRequestFilter {

	private static final Set<String> HEAVY = Set.of("POST /api/dossiers", "POST /api/graph", "GET /api/export");

	private static final int RETRY_AFTER_SECONDS = 5;

	private final Semaphore running;

	private final HandlerExceptionResolver errors;

	HeavyRequests(RequestLimits limits, HandlerExceptionResolver handlerExceptionResolver) {
		this.running = new Semaphore(limits.heavyRequests());
		this.errors = handlerExceptionResolver;
	}

	static boolean isHeavy(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HEAVY.contains(request.getMethod() + " " + path) || (path.equals("/api/paths") && strongest(request));
	}

	private static boolean strongest(HttpServletRequest request) {
		try {
			return "strongest".equalsIgnoreCase(request.getParameter("mode"));
		}
		catch (IllegalStateException ex) {
			return false; // an undecodable query string, which the controller refuses with a 400
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isHeavy(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.running.tryAcquire()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The server is busy with other imports, exports or path searches; try again in "
							+ RETRY_AFTER_SECONDS + " s (entente.web.heavy-requests).");
			ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			this.errors.resolveException(request, response, null, busy);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.running.release();
		}
	}

}
