package org.tandem.intake;

import org.tandem.standards.Policy;

/**
 * How soon services must start; the order is the order of the triage board and the
 * waiting list.
 */
public enum Urgency {

	EMERGENCY(Policy.START_EMERGENCY_WITHIN_WORKING_DAYS), URGENT(Policy.START_URGENT_WITHIN_WORKING_DAYS),
	ROUTINE(Policy.START_ROUTINE_WITHIN_WORKING_DAYS);

	private final String startPolicyKey;

	Urgency(String startPolicyKey) {
		this.startPolicyKey = startPolicyKey;
	}

	/** The policy setting that says within how many working days services start. */
	public String startPolicyKey() {
		return this.startPolicyKey;
	}

	/** Emergency and urgent requests go to the supervisor at once. */
	public boolean alertsSupervisor() {
		return this != ROUTINE;
	}

	/** The SQL expression that sorts a column of urgencies, most pressing first. */
	static String rankSql(String column) {
		return "case " + column + " when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end";
	}

}
