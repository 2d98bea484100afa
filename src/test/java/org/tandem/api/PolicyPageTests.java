package org.tandem.api;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;
import org.tandem.standards.Policy;
import org.tandem.standards.PolicySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy page at /admin/policy: every setting with its value, default and the
 * standards it changes; a change saved and shown back with a message; a form that breaks
 * a rule shown again with each error beside its field, storing nothing.
 */
@ApiTest
class PolicyPageTests extends ApiTestSupport {

	@Autowired
	PolicySettings policies;

	@Test
	void an_administrator_sees_every_setting_with_its_value_its_default_and_the_standards_it_changes()
			throws Exception {
		this.mvc.perform(get("/admin/policy").with(signedIn(this.agency.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"h3\">Policy settings</h1>"),
					containsString("<label for=\"policy-caseload-limit\""), containsString("name=\"caseload.limit\""),
					containsString("value=\"25\""), containsString("Default in Tandem: 25"),
					containsString("href=\"/compliance#CA-CM-2.05\""),
					containsString("Caseloads small enough to respond to needs"),
					containsString("Changes the suggested rating of every measured standard."),
					containsString("Changes which tasks count as due soon"),
					containsString("href=\"/admin/policy\" aria-current=\"page\""))));
		for (String key : Policy.DEFAULTS.keySet()) {
			this.mvc.perform(get("/admin/policy").with(signedIn(this.agency.admin())))
				.andExpect(content().string(containsString("name=\"" + key + "\"")));
		}
	}

	@Test
	void a_changed_setting_is_saved_shown_back_with_a_message_and_beside_the_compliance_measure() throws Exception {
		this.mvc.perform(form(this.agency.admin(), Map.of(Policy.CASELOAD_LIMIT, "30")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/policy"))
			.andExpect(flash().attribute("flash", "policyPage.saved"));
		assertThat(this.policies.of(this.agency.organizationId()).get(Policy.CASELOAD_LIMIT)).isEqualTo(30);
		assertThat(auditRows("UPDATE", this.agency.organizationId())).isEqualTo(1);
		this.mvc.perform(get("/admin/policy").with(signedIn(this.agency.admin())))
			.andExpect(content()
				.string(allOf(containsString("value=\"30\""), containsString("id=\"policy-caseload-limit-custom\""))));
		this.mvc.perform(get("/compliance").with(signedIn(this.agency.admin())))
			.andExpect(content().string(allOf(containsString("id=\"change-policy\""),
					containsString("Caseload limit, case management: <strong>30</strong>"))));
		// the same values again change nothing and say so
		this.mvc.perform(form(this.agency.admin(), Map.of(Policy.CASELOAD_LIMIT, "30")))
			.andExpect(flash().attribute("flash", "policyPage.unchanged"));
		assertThat(auditRows("UPDATE", this.agency.organizationId())).isEqualTo(1);
	}

	@Test
	void a_form_breaking_rules_is_shown_again_with_each_error_beside_its_field_and_stores_nothing() throws Exception {
		this.mvc
			.perform(form(this.agency.admin(),
					Map.of(Policy.CASELOAD_LIMIT, "0", Policy.DUE_SOON_DAYS, "", Policy.MAX_WORKERS_PER_CASE, "two")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"error-summary\""), containsString("href=\"#policy-tasks-dueSoonDays\""),
							containsString("id=\"policy-continuity-maxWorkersPerCase-error\">must be a whole number"),
							containsString("id=\"policy-tasks-dueSoonDays-error\">is required"),
							containsString("value=\"two\""), containsString("value=\"0\""))));
		// the range is checked once the form can be read
		this.mvc.perform(form(this.agency.admin(), Map.of(Policy.CASELOAD_LIMIT, "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#policy-caseload-limit\""),
					containsString("id=\"policy-caseload-limit-error\">must be between 1 and 1000"),
					containsString("aria-invalid=\"true\""))));
		this.mvc.perform(form(this.agency.admin(), Map.of(Policy.RATING_1_PERCENT, "40")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"policy-rating-1-percent-error\">the thresholds for ratings 1, 2 and 3 must each be higher")));
		this.mvc.perform(form(this.agency.admin(), Map.of(Policy.CASELOAD_LIMIT, "0")).param("lang", "es"))
			.andExpect(content().string(containsString("debe estar entre 1 y 1000")));
		assertThat(this.jdbc.sql("select count(*) from policy_setting where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
		assertThat(auditRows("UPDATE", this.agency.organizationId())).isZero();
	}

	@Test
	void the_policy_page_is_for_administrators_only() throws Exception {
		for (SignedInUser user : new SignedInUser[] { this.agency.caseManager(), this.agency.director(),
				this.agency.supervisor() }) {
			this.mvc.perform(get("/admin/policy").with(signedIn(user))).andExpect(status().isForbidden());
			this.mvc.perform(form(user, Map.of(Policy.CASELOAD_LIMIT, "30"))).andExpect(status().isForbidden());
			this.mvc.perform(get("/compliance").with(signedIn(user)))
				.andExpect(content().string(not(containsString("id=\"change-policy\""))));
		}
		assertThat(this.policies.of(this.agency.organizationId()).get(Policy.CASELOAD_LIMIT)).isEqualTo(25);
	}

	/** The whole form as the page sends it: every setting, with some values changed. */
	private MockHttpServletRequestBuilder form(SignedInUser user, Map<String, String> changed) {
		MockHttpServletRequestBuilder request = post("/admin/policy").with(signedIn(user)).with(csrf());
		Policy current = this.policies.of(this.agency.organizationId());
		for (String key : Policy.DEFAULTS.keySet()) {
			request.param(key, changed.getOrDefault(key, String.valueOf(current.get(key))));
		}
		return request;
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
