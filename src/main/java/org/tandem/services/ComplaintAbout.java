package org.tandem.services;

/** A complaint or problem in the delivery of a service, or with the person or family. */
public enum ComplaintAbout {

	SERVICE, PERSON

}
