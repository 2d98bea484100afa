package org.tandem.clients;

import java.util.UUID;

/**
 * A new person was registered, to be enrolled in a program (the cases module opens the
 * case).
 */
public record ClientRegistered(UUID clientId, UUID organizationId, UUID programId, UUID registeredBy) {
}
