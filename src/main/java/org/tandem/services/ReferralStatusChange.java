package org.tandem.services;

import java.time.Instant;

/** One step of a referral's loop: from, to, when, who, and the note. */
public record ReferralStatusChange(ReferralStatus from, ReferralStatus to, Instant at, String byName, String note) {
}
