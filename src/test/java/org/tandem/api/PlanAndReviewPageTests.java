package org.tandem.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan and review pages: the case page's two sections (and their plain-link
 * fallbacks), a paper signature uploaded as a scan, refused signatures that store
 * nothing, and the administrator's review settings.
 */
@ApiTest
class PlanAndReviewPageTests extends ApiTestSupport {

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

	private UUID assessedCase(String token) throws Exception {
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		for (String status : new String[] { "SCREENING", "INTAKE" }) {
			postAs(token, """
					{"status": "%s", "reason": "Next", "version": %d}""".formatted(status, caseVersion(caseId)),
					"/api/v1/cases/{id}/status", caseId)
				.andExpect(status().isOk());
		}
		MvcResult draft = postAs(token, """
				{"kind": "INITIAL", "conductedAt": "%s", "participants": {"person": true},
				 "place": {"setting": "HOME"}, "language": "Spanish", "interpreterUsed": false,
				 "domains": {"HOUSING": "Behind on rent"}, "summary": "Housing first"}""".formatted(Instant.now()),
				"/api/v1/cases/{id}/assessments", caseId)
			.andExpect(status().isCreated())
			.andReturn();
		postAs(token, "{\"version\": " + read(draft, "$.version") + "}", "/api/v1/assessments/{id}/complete",
				read(draft, "$.id"))
			.andExpect(status().isOk());
		return caseId;
	}

	private String planWithAGoal(String token, UUID caseId) throws Exception {
		MvcResult started = postAs(token, "", "/api/v1/cases/{id}/plans", caseId).andExpect(status().isCreated())
			.andReturn();
		String planId = read(started, "$.id");
		call(token,
				put("/api/v1/plans/{id}", planId).contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"version": %s, "participants": {"person": true}, "familyNetwork": "Sunday dinners continue",
									 "goals": [{"ownWords": "I want to keep my apartment", "desiredOutcomes": "Rent paid on time",
									   "targetDate": "%s", "services": [{"description": "Budget coaching", "provider": "ORGANIZATION"}]}]}"""
								.formatted(read(started, "$.version"), LocalDate.now().plusMonths(3))))
			.andExpect(status().isOk());
		return planId;
	}

	private long signatures() {
		return this.jdbc.sql("select count(*) from plan_signature where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	@Test
	void the_case_page_loads_the_plan_and_the_next_review_and_falls_back_to_plain_links() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		UUID caseId = assessedCase(tokenOf(cm));
		this.mvc.perform(get("/cases/{id}", caseId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/cases/" + caseId + "/plan-summary\""),
					containsString("href=\"/cases/" + caseId + "/plan\""),
					containsString("hx-get=\"/cases/" + caseId + "/review-summary\""),
					containsString("href=\"/cases/" + caseId + "/reviews\""))));
		this.mvc.perform(get("/cases/{id}/plan-summary", caseId).with(signedIn(cm)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No version of the plan is in force"),
					containsString("Plan signed and in force by"))));
		this.mvc.perform(get("/cases/{id}/plan-summary", caseId).with(signedIn(cm)))
			.andExpect(redirectedUrl("/cases/" + caseId + "/plan"));
		this.mvc.perform(get("/cases/{id}/review-summary", caseId).with(signedIn(cm)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Next review due by"), containsString("Every 3 months"))));
		this.mvc.perform(get("/cases/{id}/review-summary", caseId).with(signedIn(cm)))
			.andExpect(redirectedUrl("/cases/" + caseId + "/reviews"));
		// in Spanish too
		this.mvc
			.perform(get("/cases/{id}/plan-summary", caseId).with(signedIn(cm))
				.header("HX-Request", "true")
				.param("lang", "es"))
			.andExpect(content().string(containsString("Ninguna versión del plan está vigente")));
	}

	@Test
	void a_paper_signature_is_a_scan_stored_with_the_version_and_a_missing_scan_or_drawing_stores_nothing()
			throws Exception {
		SignedInUser cm = this.agency.caseManager();
		String token = tokenOf(cm);
		UUID caseId = assessedCase(token);
		String planId = planWithAGoal(token, caseId);

		this.mvc
			.perform(post("/cases/{id}/plan/signatures", caseId).with(signedIn(cm))
				.with(csrf())
				.param("planVersionId", planId)
				.param("method", "DRAWN")
				.param("signer", "PERSON")
				.param("signerName", "Ana Ruiz")
				.param("image", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draw the signature in the box first")));
		this.mvc
			.perform(multipart("/cases/{id}/plan/signatures", caseId).with(signedIn(cm))
				.with(csrf())
				.param("planVersionId", planId)
				.param("method", "PAPER")
				.param("signer", "PERSON")
				.param("signerName", "Ana Ruiz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upload the signed page")));
		assertThat(signatures()).isZero();

		byte[] pdf = "%PDF-1.4 signed page".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		this.mvc
			.perform(multipart("/cases/{id}/plan/signatures", caseId)
				.file(new MockMultipartFile("scan", "signed.pdf", "application/pdf", pdf))
				.with(signedIn(cm))
				.with(csrf())
				.param("planVersionId", planId)
				.param("method", "PAPER")
				.param("signer", "PERSON")
				.param("signerName", "Ana Ruiz"))
			.andExpect(redirectedUrl("/cases/" + caseId + "/plan#plan-signatures"));
		UUID signatureId = this.jdbc.sql(
				"select id from plan_signature where plan_id = ? and method = 'PAPER' and image_type = 'application/pdf'")
			.param(UUID.fromString(planId))
			.query(UUID.class)
			.single();
		MvcResult image = this.mvc.perform(get("/plan-signatures/{id}/image", signatureId).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(image.getResponse().getContentType()).isEqualTo("application/pdf");
		// another team's worker may not see it
		this.mvc.perform(get("/plan-signatures/{id}/image", signatureId).with(signedIn(this.agency.otherCaseManager())))
			.andExpect(status().isForbidden());
	}

	@Test
	void only_an_administrator_opens_the_review_settings_and_a_supervisor_opens_the_queue() throws Exception {
		this.mvc.perform(get("/admin/reviews").with(signedIn(this.agency.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"samplePercent\"")));
		this.mvc.perform(get("/admin/reviews").with(signedIn(this.agency.supervisor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reviews").with(signedIn(this.agency.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review queue")));
		this.mvc.perform(get("/reviews").with(signedIn(this.agency.caseManager()))).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/admin/reviews").with(signedIn(this.agency.admin())).with(csrf()).param("samplePercent", "150"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("samplePercent-error")));
	}

}
