package org.tandem.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.tandem.platform.Violations;
import org.tandem.web.FormValues;

/**
 * The plan editor as typed: strings, so a refused form shows back what was written. Goals
 * and their services are numbered fields ({@code goals[0].services[1].provider}); a goal
 * or service left wholly blank is no goal at all.
 */
public record PlanForm(boolean expedited, boolean personTookPart, String familyMembers, String others, String needs,
		String priorities, String familyNetwork, List<GoalForm> goals, int version) {

	static final int MAX_GOALS = 30;

	static final int MAX_SERVICES = 20;

	public record GoalForm(String key, String ownWords, String desiredOutcomes, String targetDate,
			List<ServiceForm> services) {
	}

	public record ServiceForm(String description, String provider, String providerName) {
	}

	static PlanForm of(ServicePlan plan) {
		return new PlanForm(plan.expedited(), plan.participants().person(), plan.participants().familyMembers(),
				plan.participants().others(), plan.needs(), plan.priorities(), plan.familyNetwork(),
				plan.goals()
					.stream()
					.map(g -> new GoalForm(g.key().toString(), g.ownWords(), g.desiredOutcomes(),
							g.targetDate() == null ? "" : g.targetDate().toString(),
							g.services()
								.stream()
								.map(s -> new ServiceForm(s.description(), s.provider().name(), s.providerName()))
								.toList()))
					.toList(),
				plan.version());
	}

	static PlanForm of(MultiValueMap<String, String> values) {
		List<GoalForm> goals = new ArrayList<>();
		for (int i = 0; i < MAX_GOALS; i++) {
			String g = "goals[" + i + "].";
			List<ServiceForm> services = new ArrayList<>();
			for (int j = 0; j < MAX_SERVICES; j++) {
				String s = g + "services[" + j + "].";
				ServiceForm service = new ServiceForm(text(values, s + "description"), text(values, s + "provider"),
						text(values, s + "providerName"));
				if (!service.description().isBlank() || !service.providerName().isBlank()) {
					services.add(service);
				}
			}
			GoalForm goal = new GoalForm(text(values, g + "key"), text(values, g + "ownWords"),
					text(values, g + "desiredOutcomes"), text(values, g + "targetDate"), services);
			if (!goal.ownWords().isBlank() || !goal.desiredOutcomes().isBlank() || !goal.targetDate().isBlank()
					|| !services.isEmpty()) {
				goals.add(goal);
			}
		}
		String version = values.getFirst("version");
		return new PlanForm(values.containsKey("expedited"), values.containsKey("personTookPart"),
				text(values, "familyMembers"), text(values, "others"), text(values, "needs"),
				text(values, "priorities"), text(values, "familyNetwork"), goals,
				version == null || !version.matches("\\d{1,9}") ? -1 : Integer.parseInt(version));
	}

	/** What the service stores; unreadable values are added to the violations. */
	PlanContent content(Violations violations) {
		List<ServicePlan.Goal> goals = new ArrayList<>();
		for (int i = 0; i < this.goals.size(); i++) {
			GoalForm g = this.goals.get(i);
			String field = "goals[" + i + "]";
			List<ServicePlan.Service> services = new ArrayList<>();
			for (int j = 0; j < g.services().size(); j++) {
				ServiceForm s = g.services().get(j);
				services.add(new ServicePlan.Service(s.description(),
						FormValues.choice(field + ".services[" + j + "].provider", ServicePlan.Provider.class,
								s.provider(), violations),
						s.providerName()));
			}
			UUID key = g.key().isBlank() ? null : FormValues.uuid(field + ".key", g.key(), violations);
			goals.add(new ServicePlan.Goal(key, g.ownWords(), g.desiredOutcomes(),
					FormValues.date(field + ".targetDate", g.targetDate(), violations), services));
		}
		return new PlanContent(this.expedited,
				new ServicePlan.Participants(this.personTookPart, this.familyMembers, this.others), this.needs,
				this.priorities, this.familyNetwork, goals, this.version < 0 ? null : this.version);
	}

	private static String text(MultiValueMap<String, String> values, String name) {
		String value = values.getFirst(name);
		return value == null ? "" : value;
	}

}
