package org.tandem.api;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake pages: the case page loads the screening section with htmx (with a plain
 * link when scripts do not run); a screening form that breaks rules comes back with each
 * error and stores nothing; a good one is saved and the case moves to screening.
 */
@ApiTest
class IntakePageTests extends ApiTestSupport {

	@Test
	void the_case_page_loads_the_intake_section_by_htmx_with_a_plain_link_as_fallback() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		this.mvc.perform(get("/cases/{id}", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/cases/" + caseId + "/intake\""),
					containsString("<a href=\"/cases/" + caseId + "/intake\">Open screening and intake</a>"))));
		this.mvc.perform(get("/cases/{id}/intake", caseId).header("HX-Request", "true").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Not screened yet."), containsString("id=\"screen-link\""),
					not(containsString("<html")))));
		this.mvc.perform(get("/cases/{id}/intake", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("Record a referral out"))));
	}

	@Test
	void a_screening_form_with_an_unknown_urgency_and_no_reason_for_no_match_comes_back_and_stores_nothing()
			throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = caseOf(register(tokenOf(cm), "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		this.mvc.perform(form(cm, caseId, "SOON", "NO_MATCH", "2026-01-05T08:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#urgency\""), containsString("must be one of the choices offered"))));
		// the choice is read first: with a valid urgency the missing reason is the error
		this.mvc.perform(form(cm, caseId, "URGENT", "NO_MATCH", "2026-01-05T08:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"#matchReasons\""),
					containsString("must say why the request does not fully match the program"))));
		assertThat(screenings(caseId)).isZero();
		this.mvc.perform(form(cm, caseId, "URGENT", "MATCH",
				LocalDateTime.now(ZoneId.of("America/New_York")).minusHours(1).withSecond(0).withNano(0).toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + caseId))
			.andExpect(flash().attribute("flash", "intake.screened"));
		assertThat(screenings(caseId)).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("SCREENING");
	}

	@Test
	void the_triage_board_and_the_waiting_list_are_in_the_navigation_and_speak_spanish() throws Exception {
		SignedInUser supervisor = this.agency.supervisor();
		this.mvc.perform(get("/intake").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/intake\" aria-current=\"page\""),
					containsString("Intake triage"), containsString("No open screenings."))));
		this.mvc.perform(get("/intake/waiting-list").param("lang", "es").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No hay nadie en lista de espera.")));
	}

	private long screenings(UUID caseId) {
		return this.jdbc.sql("select count(*) from intake_screening where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder form(SignedInUser user, UUID caseId, String urgency, String match,
			String occurredAt) {
		return post("/cases/{id}/screening", caseId).with(signedIn(user))
			.with(csrf())
			.param("inquiryChannel", "WALK_IN")
			.param("request", "Help keeping the apartment")
			.param("programMatch", match)
			.param("servicesExplained", "A first visit within two weeks")
			.param("levelOfService", "INTENSIVE")
			.param("criticalNeeds", "SAFETY", "HOUSING_LOSS")
			.param("urgency", urgency)
			.param("occurredAt", occurredAt);
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
