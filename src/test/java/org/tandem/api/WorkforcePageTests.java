package org.tandem.api;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workforce pages: the directory and the person page in both languages, forms that
 * break a rule come back with the error beside the field and store nothing, and the pages
 * for supervisors (caseloads, continuity, personnel evidence) render.
 */
@ApiTest
class WorkforcePageTests extends ApiTestSupport {

	@Test
	void the_directory_and_the_person_page_show_the_verdict_in_english_and_spanish() throws Exception {
		SignedInUser admin = this.agency.admin();
		UUID cm = this.agency.caseManager().id();
		this.mvc.perform(get("/workforce/staff").with(signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Staff directory"),
					containsString("href=\"/workforce/staff/" + cm + "\""), containsString("Does not qualify yet"))));
		this.mvc.perform(get("/workforce/staff/{id}", cm).param("lang", "es").with(signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aún no cumple"),
					containsString("una licenciatura en un campo de servicios humanos"),
					containsString("Plan de supervisión"))));
	}

	@Test
	void a_job_description_carries_its_document_which_the_file_links_and_a_wrong_type_is_refused() throws Exception {
		SignedInUser admin = this.agency.admin();
		UUID cm = this.agency.caseManager().id();
		byte[] pdf = "%PDF-1.4 job description of a case manager".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/workforce/staff/{id}/job", cm)
				.file(new org.springframework.mock.web.MockMultipartFile("document", "program.exe",
						"application/x-msdownload", new byte[] { 1, 2, 3 }))
				.param("jobTitle", "Case Manager")
				.param("description", "Coordinates services with the person")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#job-document\""),
						containsString("must be a PDF, Word, OpenDocument or plain text file"))));
		assertThat(this.jdbc.sql("select count(*) from workforce_job_description where user_id = ?")
			.param(cm)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/workforce/staff/{id}/job", cm)
				.file(new org.springframework.mock.web.MockMultipartFile("document", "case-manager.pdf",
						"application/pdf", pdf))
				.param("jobTitle", "Case Manager")
				.param("description", "Coordinates services with the person")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID job = this.jdbc.sql("select id from workforce_job_description where user_id = ?")
			.param(cm)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/workforce/staff/{id}", cm).with(signedIn(admin)))
			.andExpect(content().string(allOf(containsString("id=\"job-document\""),
					containsString("/workforce/staff/" + cm + "/jobs/" + job + "/document"),
					containsString("case-manager.pdf"))));
		this.mvc.perform(get("/workforce/staff/{id}/jobs/{job}/document", cm, job).with(signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(pdf));
		// another team's case manager may not open it
		this.mvc
			.perform(get("/workforce/staff/{id}/jobs/{job}/document", cm, job)
				.with(signedIn(this.agency.otherCaseManager())))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_degree_form_without_its_field_comes_back_with_the_error_and_stores_nothing() throws Exception {
		SignedInUser admin = this.agency.admin();
		UUID cm = this.agency.caseManager().id();
		this.mvc
			.perform(post("/workforce/staff/{id}/degrees", cm).param("level", "BACHELOR")
				.param("field", "")
				.param("institution", "State University")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
					containsString("href=\"#degree-field\""), containsString("a degree needs its field of study"),
					containsString("value=\"State University\""))));
		this.mvc
			.perform(post("/workforce/staff/{id}/credentials", cm).param("kind", "LICENSE")
				.param("name", "LSW")
				.param("issuer", "Board")
				.param("issuedOn", "2025-05-01")
				.param("expiresOn", "2024-05-01")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be before the day it was issued")));
		this.mvc
			.perform(post("/workforce/staff/{id}/positions", cm).param("title", "Aide")
				.param("employer", "Harbor")
				.param("startOn", "not a date")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#position-startOn\"")));
		assertThat(this.jdbc
			.sql("select (select count(*) from workforce_degree where user_id = ?)"
					+ " + (select count(*) from workforce_credential where user_id = ?)"
					+ " + (select count(*) from workforce_position where user_id = ?)")
			.params(cm, cm, cm)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(post("/workforce/staff/{id}/degrees", cm).param("level", "BACHELOR")
				.param("field", "Social work")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workforce/staff/" + cm))
			.andExpect(flash().attribute("flash", "workforce.saved.degree"));
	}

	@Test
	void the_training_matrix_caseloads_continuity_and_personnel_evidence_pages_render_for_a_supervisor()
			throws Exception {
		SignedInUser supervisor = this.agency.supervisor();
		this.mvc.perform(get("/workforce/training").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Training matrix")));
		this.mvc.perform(get("/workforce/caseloads").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Intensive Case Management"),
					containsString("Band: 10 to 15 cases"), containsString("<svg"))));
		this.mvc.perform(get("/workforce/continuity").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reassignments by supervisor")));
		this.mvc.perform(get("/workforce/binder").with(signedIn(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"build-binder\""), not(containsString("name=\"assignment\"")))));
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
