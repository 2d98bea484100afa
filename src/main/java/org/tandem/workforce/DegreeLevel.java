package org.tandem.workforce;

/** The level of a degree, lowest first. */
public enum DegreeLevel {

	ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

	public boolean atLeast(DegreeLevel other) {
		return compareTo(other) >= 0;
	}

	/** A master's or a doctorate. */
	public boolean isAdvanced() {
		return atLeast(MASTER);
	}

}
