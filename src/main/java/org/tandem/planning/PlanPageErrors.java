package org.tandem.planning;

import org.tandem.web.FormErrors;

/** Which form on the plan page an error belongs to, so it shows beside that form. */
public record PlanPageErrors(String form, FormErrors errors) {

	public static PlanPageErrors none() {
		return new PlanPageErrors("", FormErrors.none());
	}

	public FormErrors of(String name) {
		return name.equals(this.form) ? this.errors : FormErrors.none();
	}

}
