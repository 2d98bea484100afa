package org.tandem.services;

/** The monitoring of a service that CA-CM 4.04 asks for. */
public enum MonitoringKind {

	/** 4.04.a: the service began as scheduled. */
	START_CONFIRMED,

	/** 4.04.b: the service is appropriate and satisfactory. */
	VERIFIED,

	/** 4.04.c: a follow-up while the service continues. */
	FOLLOW_UP

}
