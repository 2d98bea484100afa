package org.tandem.intake;

/** How well a request matches what the program offers. */
public enum ProgramMatch {

	MATCH, PARTIAL, NO_MATCH

}
