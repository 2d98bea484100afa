package org.tandem.clients;

import java.util.UUID;

/**
 * A member of the person's helping network: family, friends, neighbours, faith community.
 */
public record NaturalSupport(UUID id, String name, String relationship, String role, String howToReach) {
}
