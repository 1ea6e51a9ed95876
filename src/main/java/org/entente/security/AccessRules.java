package org.entente.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests need which role: the one home of the rule, used by the filter chain and named in a 403. Reads are
 * GET, HEAD and OPTIONS, and the read-only console; a whole-graph import needs an administrator; any other request
 * is a write and needs an editor, so an endpoint added later is closed until it is named here.
 */
final class AccessRules {

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	record Rule(RequestMatcher requests, Role role) {
	}

	static final RequestMatcher READS = new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/**"),
			paths.matcher(HttpMethod.HEAD, "/**"), paths.matcher(HttpMethod.OPTIONS, "/**"),
			paths.matcher(HttpMethod.POST, "/api/cypher"));

	static final List<Rule> ADMINISTRATION = List.of(new Rule(paths.matcher(HttpMethod.POST, "/api/graph"), Role.ADMIN));

	private AccessRules() {
	}

	static Optional<Role> neededRole(HttpServletRequest request) {
		if (READS.matches(request)) {
			return Optional.of(Role.READER);
		}
		return Optional.of(ADMINISTRATION.stream()
			.filter(rule -> rule.requests().matches(request))
			.map(Rule::role)
			.findFirst()
			.orElse(Role.EDITOR));
	}

}
