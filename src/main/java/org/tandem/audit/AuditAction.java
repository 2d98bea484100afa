package org.tandem.audit;

/** What was done to a record. */
public enum AuditAction {

	READ, LIST, SEARCH, CREATE, UPDATE, DENIED, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT

}
