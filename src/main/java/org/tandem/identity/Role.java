package org.tandem.identity;

/** What a member of staff may do in Tandem; access to client records follows from it. */
public enum Role {

	CASE_MANAGER, SUPERVISOR, PROGRAM_DIRECTOR, ADMINISTRATOR, PEER_REVIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

	/** The roles that can carry a caseload. */
	public boolean carriesCaseload() {
		return this == CASE_MANAGER || this == SUPERVISOR;
	}

}
