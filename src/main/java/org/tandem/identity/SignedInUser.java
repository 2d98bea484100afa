package org.tandem.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The member of staff making the current request, as the security context knows them.
 */
public record SignedInUser(UUID id, UUID organizationId, String username, String displayName,
		Role role) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static Optional<SignedInUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	public static SignedInUser require() {
		return current().orElseThrow(() -> new IllegalStateException("No one is signed in"));
	}

	public boolean is(Role other) {
		return role == other;
	}

}
