package org.entente.security;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * HTTP Basic against the accounts of {@link SecuritySettings}, stateless: no session, so no cookie a foreign page
 * could ride on, which is why CSRF tokens are not needed (writes also take only JSON or CSV, which a foreign page
 * cannot send without a CORS preflight, and no origin is allowed one).
 */
@Configuration(proxyBeanMethods = false)
// Only for the web server: the command line (import, generate) runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, JsonMapper json) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		AuthenticationEntryPoint login = (request, response, failure) -> problems.unauthorized(request, response);
		http.authorizeHttpRequests(requests -> {
			// An error page shows what the request that failed was already allowed to cause.
			requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			AccessRules.ADMINISTRATION.forEach(rule -> requests.requestMatchers(rule.requests()).hasRole(rule.role().name()));
			if (settings.openReads()) {
				requests.requestMatchers(AccessRules.READS).permitAll();
			}
			else {
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				requests.requestMatchers(AccessRules.READS).hasRole(Role.READER.name());
			}
			requests.anyRequest().hasRole(Role.EDITOR.name());
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(login))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(login)
				.accessDeniedHandler((request, response, denied) -> problems.forbidden(request, response)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	UserDetailsService accounts(SecuritySettings settings) {
		return Accounts.from(settings);
	}

	/** The encoder logins are checked with; at the same strength as the accounts, so none is re-hashed on login. */
	@Bean
	PasswordEncoder passwordEncoder(SecuritySettings settings) {
		return Accounts.encoder(settings);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	/** Refuses a Host header naming another host: a page on a rebound DNS name cannot reach the API. */
	@Bean
	StrictHttpFirewall firewall(SecuritySettings settings) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHostnames(host -> settings.allowedHosts().contains(host));
		return firewall;
	}

	@Bean
	RequestRejectedHandler rejectedRequests(SecuritySettings settings, JsonMapper json) {
		ProblemResponses problems = new ProblemResponses(json);
		return (request, response, rejected) -> {
			if (!settings.allowedHosts().contains(request.getServerName())) {
				problems.foreignHost(request, response, settings.allowedHosts());
			}
			else {
				problems.rejected(request, response);
			}
		};
	}

}
