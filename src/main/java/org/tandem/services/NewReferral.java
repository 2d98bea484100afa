package org.tandem.services;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral as a worker makes it: a directory service (by id) or a service named in free
 * text, why, whether the provider is outside the organization, when it is to start, and
 * the consent. {@code consent} null means none was recorded.
 */
public record NewReferral(UUID directoryServiceId, String serviceName, String providerName, String providerContact,
		String reason, boolean outsideProvider, LocalDate scheduledStart, Consent consent) {
}
