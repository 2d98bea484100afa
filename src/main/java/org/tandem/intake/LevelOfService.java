package org.tandem.intake;

/** The intensity of service a screening points to. */
public enum LevelOfService {

	STANDARD, INTENSIVE

}
