package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment pages: the case page's fragment (and its plain-link fallback), and the
 * form showing each broken rule beside its field while storing nothing.
 */
@ApiTest
class AssessmentPageTests extends ApiTestSupport {

	private UUID caseInIntake(String token) throws Exception {
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		for (String status : new String[] { "SCREENING", "INTAKE" }) {
			postAs(token, """
					{"status": "%s", "reason": "Next", "version": %d}""".formatted(status, caseVersion(caseId)),
					"/api/v1/cases/{id}/status", caseId)
				.andExpect(status().isOk());
		}
		return caseId;
	}

	@Test
	void the_case_page_loads_the_next_assessment_due_and_falls_back_to_a_plain_link() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseInIntake(tokenOf(cm));
		this.mvc.perform(get("/cases/{id}", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/cases/" + caseId + "/assessment-summary\""),
					containsString("href=\"/cases/" + caseId + "/assessments\""))));
		this.mvc.perform(get("/cases/{id}/assessment-summary", caseId).with(signedIn(cm)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Initial assessment after intake"),
					containsString("<legend"), containsString("name=\"kind\""))));
		this.mvc.perform(get("/cases/{id}/assessment-summary", caseId).with(signedIn(cm)))
			.andExpect(redirectedUrl("/cases/" + caseId + "/assessments"));
		this.mvc.perform(get("/cases/{id}/assessments", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Assessments: Ana Ruiz")));
	}

	@Test
	void the_form_shows_an_interpreter_without_a_language_beside_the_field_and_stores_nothing() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseInIntake(tokenOf(cm));
		MvcResult started = this.mvc
			.perform(post("/cases/{id}/assessments", caseId).with(signedIn(cm)).with(csrf()).param("kind", "INITIAL"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/assessments/");
		UUID id = UUID.fromString(location.substring("/assessments/".length()));
		int version = this.jdbc.sql("select version from assessment where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		this.mvc
			.perform(post("/assessments/{id}", id).with(signedIn(cm))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("kind", "INITIAL")
				.param("interpreterUsed", "on")
				.param("language", "")
				.param("setting", "REMOTE")
				.param("summary", "Typed but not saved")
				.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name the language when an interpreter was used"),
					containsString("say why meeting in person was not possible"),
					containsString("aria-invalid=\"true\""), containsString("Typed but not saved"))));
		assertThat(
				this.jdbc.sql("select summary from assessment where id = ?").param(id).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void a_worker_gives_phq9_on_the_page_and_an_unanswered_item_is_shown_beside_it() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseInIntake(tokenOf(cm));
		String phq9 = "8a3c1f3e-0000-4000-8000-000000000009";
		this.mvc.perform(get("/cases/{id}/instruments/{instrument}", caseId, phq9).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Little interest or pleasure in doing things"),
					containsString("name=\"answer-q9\""), containsString("Nearly every day"))));
		var partial = post("/cases/{id}/instruments/{instrument}", caseId, phq9).with(signedIn(cm))
			.with(csrf())
			.param("administeredAt", java.time.LocalDateTime.now(java.time.ZoneId.of("America/New_York"))
				.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		for (int i = 1; i <= 8; i++) {
			partial.param("answer-q" + i, "1");
		}
		this.mvc.perform(partial)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answers-q9\"")));
		assertThat(this.jdbc
			.sql("select count(*) from instrument_administration where client_id in"
					+ " (select client_id from case_file where id = ?)")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(partial.param("answer-q9", "0")).andExpect(redirectedUrl("/cases/" + caseId + "/assessments"));
		this.mvc.perform(get("/cases/{id}/assessments", caseId).with(signedIn(cm)))
			.andExpect(content().string(allOf(containsString("Mild"), containsString("PHQ-9"))));
	}

	@Test
	void an_administrator_adds_an_instrument_on_its_page_and_a_broken_definition_is_explained() throws Exception {
		SignedInUser admin = this.agency.admin();
		this.mvc.perform(get("/admin/instruments").with(signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("PHQ-9"), containsString("SELF-SUFFICIENCY"))));
		this.mvc
			.perform(post("/admin/instruments").with(signedIn(admin))
				.with(csrf())
				.param("code", "MOOD")
				.param("name", "Mood check")
				.param("definition", "{\"items\": [], \"options\": [], \"scoring\": {\"rule\": \"SUM\"}}"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("items needs at least one item"),
					containsString("options needs at least two answer options"))));
		this.mvc
			.perform(post("/admin/instruments").with(signedIn(admin))
				.with(csrf())
				.param("code", "MOOD")
				.param("name", "Mood check")
				.param("definition", """
						{"items": [{"key": "m1", "text": "Mood today"}],
						 "options": [{"value": 1, "label": "Low"}, {"value": 2, "label": "Good"}],
						 "scoring": {"rule": "SUM", "bands": [{"min": 1, "max": 1, "label": "Low"}]}}"""))
			.andExpect(redirectedUrl("/admin/instruments"));
		this.mvc.perform(get("/admin/instruments").with(signedIn(admin)))
			.andExpect(content().string(containsString("Mood check")));
		this.mvc.perform(get("/admin/instruments").with(signedIn(this.agency.caseManager())))
			.andExpect(status().isForbidden());
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
