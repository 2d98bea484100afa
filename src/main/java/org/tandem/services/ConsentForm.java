package org.tandem.services;

/** How the person gave consent to share. */
public enum ConsentForm {

	VERBAL, WRITTEN, ELECTRONIC

}
