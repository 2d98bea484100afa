package org.tandem.identity;

import java.time.ZoneId;
import java.util.UUID;

/** An agency using Tandem; nothing ever crosses from one organization to another. */
public record Organization(UUID id, String name, ZoneId timeZone) {
}
