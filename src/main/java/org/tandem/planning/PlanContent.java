package org.tandem.planning;

import java.util.List;

/**
 * What a worker writes in a plan version with the person. {@code version} is the version
 * the change was made on (ignored when a plan is started).
 */
public record PlanContent(Boolean expedited, ServicePlan.Participants participants, String needs, String priorities,
		String familyNetwork, List<ServicePlan.Goal> goals, Integer version) {

	public PlanContent {
		expedited = Boolean.TRUE.equals(expedited);
		participants = participants == null ? new ServicePlan.Participants(true, null, null) : participants;
		goals = goals == null ? List.of() : List.copyOf(goals);
	}

}
