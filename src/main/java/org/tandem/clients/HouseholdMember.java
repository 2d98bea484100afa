package org.tandem.clients;

import java.time.LocalDate;
import java.util.UUID;

/** Someone in the person's household. */
public record HouseholdMember(UUID id, String name, String relationship, LocalDate dateOfBirth, boolean livesWith) {
}
