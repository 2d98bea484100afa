package org.tandem.identity;

import java.util.List;
import java.util.UUID;

/** A member of staff as other modules see them: no password, no sign-in state. */
public record Staff(UUID id, UUID organizationId, String username, String displayName, Role role, UUID supervisorId,
		List<String> languages) {
}
