package org.tandem.workforce;

/** Certification, registration or license to practice. */
public enum CredentialKind {

	CERTIFICATION, REGISTRATION, LICENSE

}
