package org.tandem.services;

/** The monitoring of a service that CA-CM 4.04 asks for. */
public enum MonitoringKind {

	/** 4.04.1: the service began as scheduled. */
	START_CONFIRMED,

	/** 4.04.2: the service is appropriate and satisfactory. */
	VERIFIED,

	/** 4.04.3: a follow-up while the service continues. */
	FOLLOW_UP

}
