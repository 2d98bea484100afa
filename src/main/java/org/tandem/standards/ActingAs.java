package org.tandem.standards;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

/**
 * Runs a service call as one member of staff outside any request (the daily digest), so
 * the services authorize and audit it exactly as when that person asks. The caller's own
 * security context is put back afterwards.
 */
final class ActingAs {

	private ActingAs() {
	}

	static <T> T staff(SignedInUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		StaffPrincipal principal = new StaffPrincipal(user, null, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
