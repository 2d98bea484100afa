package org.tandem.intake;

/** A need found at screening that cannot wait for the usual pace. */
public enum CriticalNeed {

	SAFETY, HOUSING_LOSS, MEDICAL, MENTAL_HEALTH_CRISIS, DOMESTIC_VIOLENCE, OTHER

}
