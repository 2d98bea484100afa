package org.tandem.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a case stands, and where it may go next. */
public enum CaseStatus {

	INQUIRY, SCREENING, WAITING_LIST, INTAKE, ASSESSMENT, PLANNING, ACTIVE, CLOSING, CLOSED;

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(INQUIRY, EnumSet.of(SCREENING, CLOSED),
			SCREENING, EnumSet.of(WAITING_LIST, INTAKE, CLOSED), WAITING_LIST, EnumSet.of(INTAKE, CLOSED), INTAKE,
			EnumSet.of(ASSESSMENT, CLOSING, CLOSED), ASSESSMENT, EnumSet.of(PLANNING, CLOSING), PLANNING,
			EnumSet.of(ACTIVE, ASSESSMENT, CLOSING), ACTIVE, EnumSet.of(ASSESSMENT, PLANNING, CLOSING), CLOSING,
			EnumSet.of(ACTIVE, CLOSED), CLOSED, EnumSet.noneOf(CaseStatus.class));

	/**
	 * The statuses this one may move to; read-only, the lifecycle is not the caller's to
	 * change.
	 */
	public Set<CaseStatus> next() {
		return Collections.unmodifiableSet(NEXT.get(this));
	}

	public boolean mayMoveTo(CaseStatus target) {
		return NEXT.get(this).contains(target);
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

}
