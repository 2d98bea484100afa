package org.tandem.intake;

import java.time.Instant;

/**
 * A referral out as a worker records it: the resource in free text until the directory
 * exists.
 */
public record NewReferralOut(String resourceName, String howToReach, String whatWasDone, Instant referredAt) {
}
