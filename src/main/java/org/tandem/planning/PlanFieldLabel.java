package org.tandem.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.web.PageContext;

/**
 * The words for a plan field named in an error ({@code goals[1].services[0].provider}
 * reads "Goal 2, service 1: Who provides it").
 */
public final class PlanFieldLabel {

	private static final Pattern SERVICE = Pattern.compile("goals\\[(\\d+)]\\.services\\[(\\d+)]\\.(\\w+)");

	private static final Pattern GOAL = Pattern.compile("goals\\[(\\d+)]\\.(\\w+)");

	private PlanFieldLabel() {
	}

	public static String of(PageContext page, String field) {
		Matcher service = SERVICE.matcher(field);
		if (service.matches()) {
			return page.t("planning.goalN", Integer.parseInt(service.group(1)) + 1) + ", "
					+ page.t("planning.serviceN", Integer.parseInt(service.group(2)) + 1) + ": "
					+ page.t("field.plan.service." + service.group(3));
		}
		Matcher goal = GOAL.matcher(field);
		if (goal.matches()) {
			return page.t("planning.goalN", Integer.parseInt(goal.group(1)) + 1) + ": "
					+ page.t("field.plan.goal." + goal.group(2));
		}
		return page.t("field.plan." + field);
	}

	/** The id of a field's input: dots become dashes, like the error's id. */
	public static String id(String field) {
		return field.replace('.', '-');
	}

}
