package org.tandem.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

/** Runs service calls as a member of staff, the way a request would. */
public final class SignedIn {

	private SignedIn() {
	}

	public static <T> T as(SignedInUser user, Supplier<T> work) {
		StaffPrincipal principal = new StaffPrincipal(user, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void run(SignedInUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

}
