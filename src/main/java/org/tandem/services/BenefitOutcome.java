package org.tandem.services;

/** Where a benefit application stands. */
public enum BenefitOutcome {

	PENDING, APPROVED, DENIED

}
