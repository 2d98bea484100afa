package org.tandem.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.tandem.identity.Role;

/**
 * Two ways in: people sign in with a form (session in the database, CSRF protected);
 * machine clients of {@code /api/v1} present a personal API token (stateless, no
 * cookies).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm named in the stored hash so it can be
		// upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * The token filter runs inside the API security chain only, not as a servlet filter
	 * of its own.
	 */
	@Bean
	FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(
			ApiTokenAuthenticationFilter filter) {
		FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter) throws Exception {
		http.securityMatcher("/api/v1/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest()
				.hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.PROGRAM_DIRECTOR.name(),
						Role.ADMINISTRATOR.name(), Role.PEER_REVIEWER.name()))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
						"Sign-in required", "Send a personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN, "Forbidden",
						"Your role or assignment does not allow this.")));
		return http.build();
	}

	/**
	 * The directory's HSDS API: open to any caller; the directory module serves the
	 * organization of a valid API token, or a directory its organization published.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain hsdsChain(HttpSecurity http, ApiTokenAuthenticationFilter tokenFilter) throws Exception {
		http.securityMatcher("/hsds/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(tokenFilter, BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, SignInAttempts attempts) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/signin", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health/**", "/actuator/prometheus", "/api/docs/**", "/api/docs")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.defaultSuccessUrl("/", true)
				.failureHandler(failureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			.sessionManagement(session -> session.sessionFixation(Customizer.withDefaults()));
		return http.build();
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			boolean locked = exception instanceof org.springframework.security.authentication.LockedException;
			response.sendRedirect(request.getContextPath() + (locked ? "/signin?locked" : "/signin?error"));
		};
	}

	static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
