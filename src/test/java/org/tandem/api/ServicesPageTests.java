package org.tandem.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The services pages: the case page loads the services section with htmx (a plain link
 * when scripts do not run); a referral form without consent comes back naming it and
 * stores nothing; a good one is sent and shown on the board; picking a case for a
 * referral leads to the form.
 */
@ApiTest
class ServicesPageTests extends ApiTestSupport {

	@Test
	void the_case_page_loads_the_services_section_by_htmx_with_a_plain_link_as_fallback() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		this.mvc.perform(get("/cases/{id}", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/cases/" + caseId + "/services\""),
					containsString("<a href=\"/cases/" + caseId + "/services\">Open the services of this case</a>"),
					containsString("href=\"/referrals\""))));
		this.mvc.perform(get("/cases/{id}/services", caseId).header("HX-Request", "true").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No referral yet."),
					containsString("id=\"new-referral-link\""), not(containsString("<html")))));
		this.mvc.perform(get("/cases/{id}/services", caseId).param("lang", "es").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<html"), containsString("Registrar una queja o problema"))));
	}

	@Test
	void a_referral_form_without_consent_comes_back_naming_the_consent_and_stores_nothing() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		this.mvc.perform(get("/cases/{id}/referrals/new", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"referral-form\""),
					containsString("a referral to an outside provider needs the"))));
		this.mvc.perform(referral(cm, caseId).param("consent", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#ref-consent\""), containsString("policy requires the person"))));
		assertThat(referrals(caseId)).isZero();
		this.mvc
			.perform(referral(cm, caseId).param("consent", "OBTAINED")
				.param("consentForm", "WRITTEN")
				.param("consentObtainedBy", "Casey")
				.param("consentDate", LocalDate.now(ZoneId.of("America/New_York")).toString())
				.param("consentScope", "Name and phone"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/referrals/*"));
		assertThat(referrals(caseId)).isEqualTo(1);
		this.mvc.perform(get("/referrals").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"board-SENT\""), containsString("Food pantry"),
					containsString("aria-current=\"page\""))));
	}

	@Test
	void starting_a_referral_from_a_service_picks_one_of_the_workers_cases_and_opens_the_form() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		UUID service = UUID.randomUUID();
		this.mvc.perform(get("/referrals/new").param("service", service.toString()).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + caseId + "\""),
					containsString("name=\"service\" value=\"" + service + "\""))));
		this.mvc
			.perform(get("/referrals/start").param("caseId", caseId.toString())
				.param("service", service.toString())
				.with(signedIn(cm)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/cases/" + caseId + "/referrals/new?service=" + service));
		// a service the directory does not know: the form points to the directory and
		// takes the service as typed
		this.mvc
			.perform(get("/cases/{id}/referrals/new", caseId).param("service", service.toString()).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"directory-hint\""), not(containsString("id=\"from-directory\"")))));
	}

	@Test
	void every_services_form_that_breaks_a_rule_comes_back_with_the_error_beside_its_field_and_stores_nothing()
			throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		String location = this.mvc
			.perform(referral(cm, caseId).param("consent", "OBTAINED")
				.param("consentForm", "VERBAL")
				.param("consentObtainedBy", "Casey")
				.param("consentDate", today)
				.param("consentScope", "Name"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(location + "/status").with(signedIn(cm)).with(csrf()).param("status", "DECLINED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#move-note\""),
					containsString("id=\"move-DECLINED\" value=\"DECLINED\" checked"))));
		this.mvc.perform(post(location + "/status").with(signedIn(cm)).with(csrf()).param("status", "ACCEPTED"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(location + "/status").with(signedIn(cm))
				.with(csrf())
				.param("status", "STARTED")
				.param("startedOn", today))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(location + "/monitoring").with(signedIn(cm))
				.with(csrf())
				.param("kind", "VERIFIED")
				.param("occurredAt", today + "T00:01")
				.param("note", "Checked with Ana"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#mon-satisfactory\"")));
		this.mvc
			.perform(post("/cases/{id}/complaints", caseId).with(signedIn(cm))
				.with(csrf())
				.param("about", "SERVICE")
				.param("receivedAt", today + "T00:01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#complaint-description\"")));
		this.mvc
			.perform(post("/cases/{id}/partnership", caseId).with(signedIn(cm))
				.with(csrf())
				.param("kind", "BARRIER")
				.param("occurredOn", today)
				.param("description", "No bus pass"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#pe-mediation\"")));
		this.mvc
			.perform(post("/cases/{id}/complaints", caseId).with(signedIn(cm))
				.with(csrf())
				.param("about", "PERSON")
				.param("receivedAt", today + "T00:01")
				.param("description", "Upset about a missed visit"))
			.andExpect(status().isFound());
		UUID complaint = this.jdbc.sql("select id from service_complaint where case_id = ?")
			.param(caseId)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/complaints/{id}/answer", complaint).with(signedIn(cm))
				.with(csrf())
				.param("caseId", caseId.toString())
				.param("answeredAt", today + "T00:02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#answer-answer\"")));
		assertThat(this.jdbc.sql("select count(*) from referral_monitoring where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from partnership_entry where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from service_complaint where case_id = ? and answered_at is null")
			.param(caseId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_partnership_report_counts_entries_for_a_supervisor_and_is_closed_to_case_managers() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		this.mvc
			.perform(post("/cases/{id}/partnership", caseId).with(signedIn(cm))
				.with(csrf())
				.param("kind", "ADVOCACY")
				.param("occurredOn", today)
				.param("description", "Spoke for Ana at the housing office"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/referrals/partnership-report").with(signedIn(this.agency.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"partnership-report\""), containsString("Advocacy"),
					containsString("<td>1</td>"))));
		this.mvc.perform(get("/referrals/partnership-report").with(signedIn(cm))).andExpect(status().isForbidden());
		this.mvc.perform(get("/referrals").param("lang", "es").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Las derivaciones de los casos que puede trabajar")));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder referral(SignedInUser user,
			UUID caseId) {
		return post("/cases/{id}/referrals", caseId).with(signedIn(user))
			.with(csrf())
			.param("serviceName", "Food pantry")
			.param("providerName", "Riverside Pantry")
			.param("reason", "Food for the family")
			.param("outsideProvider", "true")
			.param("action", "send");
	}

	private long referrals(UUID caseId) {
		return this.jdbc.sql("select count(*) from service_referral where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
