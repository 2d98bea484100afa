package org.tandem.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.identity.ApiTokens;
import org.tandem.identity.StaffPrincipal;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes.
 */
@Component
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final StaffAccountService accounts;

	ApiTokenAuthenticationFilter(ApiTokens tokens, StaffAccountService accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			this.tokens.authenticate(header.substring(7).strip()).ifPresent(userId -> {
				StaffPrincipal principal = this.accounts.loadById(userId);
				if (principal.isEnabled() && principal.isAccountNonLocked()) {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
							principal.getAuthorities()));
					SecurityContextHolder.setContext(context);
				}
			});
		}
		chain.doFilter(request, response);
	}

}
