package org.tandem.cases;

/**
 * Whether the contact was with the person (or family) directly, or with someone on their
 * behalf.
 */
public enum Involvement {

	DIRECT, COLLATERAL

}
