package org.tandem.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

/**
 * Runs a service call as a member of the demo staff, the way their request would, so the
 * demo data passes the same authorization and lands in the audit trail under their name.
 */
final class DemoSignIn {

	private DemoSignIn() {
	}

	static <T> T as(SignedInUser user, Supplier<T> work) {
		StaffPrincipal principal = new StaffPrincipal(user, null, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
