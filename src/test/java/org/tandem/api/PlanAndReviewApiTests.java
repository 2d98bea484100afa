package org.tandem.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service plans and case reviews over the API: the same rules as the pages, bad input as
 * RFC 9457 problems naming the field and the rule, and nothing stored.
 */
@ApiTest
class PlanAndReviewApiTests extends ApiTestSupport {

	private String token;

	private UUID caseId;

	private void anAssessedCase() throws Exception {
		this.token = tokenOf(this.agency.caseManager());
		UUID clientId = register(this.token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		this.caseId = caseOf(clientId);
		for (String status : new String[] { "SCREENING", "INTAKE" }) {
			postAs(this.token, """
					{"status": "%s", "reason": "Next", "version": %d}""".formatted(status, caseVersion(this.caseId)),
					"/api/v1/cases/{id}/status", this.caseId)
				.andExpect(status().isOk());
		}
		MvcResult draft = postAs(this.token,
				"""
						{"kind": "INITIAL", "conductedAt": "%s", "participants": {"person": true},
						 "place": {"setting": "HOME"}, "language": "Spanish", "interpreterUsed": false, "domains": {"HOUSING": "Behind on rent"},
						 "needs": "Stable housing", "summary": "Housing first"}"""
					.formatted(Instant.now()),
				"/api/v1/cases/{id}/assessments", this.caseId)
			.andExpect(status().isCreated())
			.andReturn();
		postAs(this.token, "{\"version\": " + read(draft, "$.version") + "}", "/api/v1/assessments/{id}/complete",
				read(draft, "$.id"))
			.andExpect(status().isOk());
	}

	private static String content(int version, String targetDate) {
		return """
				{"version": %d, "participants": {"person": true, "familyMembers": "Her sister"},
				 "familyNetwork": "Sunday dinners continue",
				 "goals": [{"ownWords": "I want to keep my apartment", "desiredOutcomes": "Rent paid on time",
				   "targetDate": "%s",
				   "services": [{"description": "Budget coaching", "provider": "ORGANIZATION"}]}]}""".formatted(version,
				targetDate);
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	@Test
	void a_plan_is_built_signed_by_both_and_in_force_and_bad_input_is_a_problem_that_stores_nothing() throws Exception {
		anAssessedCase();
		MvcResult started = postAs(this.token, "", "/api/v1/cases/{id}/plans", this.caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.needs").value("Stable housing"))
			.andReturn();
		String planId = read(started, "$.id");
		int version = Integer.parseInt(read(started, "$.version"));
		MvcResult past = call(this.token, put("/api/v1/plans/{id}", planId).contentType(MediaType.APPLICATION_JSON)
			.content(content(version, "2020-01-01"))).andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(past)).containsExactly("goals[0].targetDate/not-in-past");
		assertThat(rows("plan_goal")).isZero();
		call(this.token,
				put("/api/v1/plans/{id}", planId).contentType(MediaType.APPLICATION_JSON)
					.content(content(version, LocalDate.now().plusMonths(3).toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].ownWords").value("I want to keep my apartment"));

		MvcResult unnamed = postAs(this.token, """
				{"signer": "PERSON", "signerName": "Ana Ruiz", "method": "TYPED", "attested": true}""",
				"/api/v1/cases/{id}/plan-signatures", this.caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(unnamed)).containsExactly("planVersionId/required");
		assertThat(rows("plan_signature")).isZero();

		postAs(this.token, """
				{"planVersionId": "%s", "signer": "PERSON", "signerName": "Ana Ruiz", "method": "TYPED",
				 "attested": true}""".formatted(planId), "/api/v1/cases/{id}/plan-signatures", this.caseId)
			.andExpect(status().isCreated());
		getAs(this.token, "/api/v1/cases/{id}/plan-overview", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce").doesNotExist())
			.andExpect(jsonPath("$.pendingSignatures[0]").value("WORKER"));
		postAs(this.token, """
				{"planVersionId": "%s", "signer": "WORKER", "method": "TYPED", "attested": true}""".formatted(planId),
				"/api/v1/cases/{id}/plan-signatures", this.caseId)
			.andExpect(status().isCreated());
		getAs(this.token, "/api/v1/cases/{id}/plan-overview", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce.versionNumber").value(1))
			.andExpect(jsonPath("$.inForce.signatures.length()").value(2));
	}

	@Test
	void the_supervisor_records_a_review_and_sees_the_queue_that_a_case_manager_may_not() throws Exception {
		anAssessedCase();
		String supervisor = tokenOf(this.agency.supervisor());
		MvcResult refused = postAs(supervisor, """
				{"kind": "SUPERVISOR", "reviewedAt": "%s", "planImplementation": "On track",
				 "progress": "Rent paid", "outcome": "Continue"}""".formatted(Instant.now()),
				"/api/v1/cases/{id}/reviews", this.caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(refused)).containsExactly("goalsStillFit/required");
		assertThat(rows("case_review")).isZero();
		postAs(supervisor, """
				{"kind": "SUPERVISOR", "reviewedAt": "%s", "planImplementation": "On track",
				 "progress": "Rent paid", "goalsStillFit": true, "outcome": "Continue"}""".formatted(Instant.now()),
				"/api/v1/cases/{id}/reviews", this.caseId)
			.andExpect(status().isCreated());
		getAs(this.token, "/api/v1/cases/{id}/reviews", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("SUPERVISOR"));
		getAs(this.token, "/api/v1/cases/{id}/next-review", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.everyMonths").value(3));
		getAs(supervisor, "/api/v1/reviews/queue").andExpect(status().isOk())
			.andExpect(jsonPath("$.cases[0].caseId").value(this.caseId.toString()));
		getAs(this.token, "/api/v1/reviews/queue").andExpect(status().isForbidden());
	}

}
