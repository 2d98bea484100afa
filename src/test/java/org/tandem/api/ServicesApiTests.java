package org.tandem.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals over the API: a referral without consent is a 400 problem naming the field
 * and nothing is stored; the loop moves only along legal transitions and shows the FHIR
 * Task status; monitoring and partnership entries are recorded; the paths are documented.
 */
@ApiTest
class ServicesApiTests extends ApiTestSupport {

	@Test
	void a_referral_without_consent_is_a_problem_naming_the_consent_and_nothing_is_stored() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		MvcResult refused = postAs(token, """
				{"serviceName": "Food pantry", "reason": "Food", "send": true}
				""", "/api/v1/cases/{id}/referrals", caseId).andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(refused)).containsExactly("consent/required-by-policy");
		assertThat(this.jdbc.sql("select count(*) from service_referral where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_referral_moves_along_its_loop_with_fhir_task_statuses_and_its_monitoring_is_recorded() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		MvcResult created = postAs(token, """
				{"serviceName": "Food pantry", "providerName": "Riverside Pantry", "reason": "Food",
				 "scheduledStart": "%s", "send": true,
				 "consent": {"obtained": true, "form": "VERBAL", "obtainedBy": "Casey", "date": "%s",
				   "scope": "Name and phone"}}
				""".formatted(today, today), "/api/v1/cases/{id}/referrals", caseId).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.fhirTaskStatus").value("requested"))
			.andExpect(jsonPath("$.nextMonitoringDue.what").value("start"))
			.andReturn();
		String id = read(created, "$.id");
		MvcResult illegal = postAs(token, """
				{"status": "COMPLETED"}
				""", "/api/v1/referrals/{id}/status", id).andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(illegal)).containsExactly("status/allowed-transition");
		postAs(token, """
				{"status": "ACCEPTED", "note": "Called back"}
				""", "/api/v1/referrals/{id}/status", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.fhirTaskStatus").value("accepted"));
		postAs(token, """
				{"status": "STARTED"}
				""", "/api/v1/referrals/{id}/status", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.fhirTaskStatus").value("in-progress"))
			.andExpect(jsonPath("$.startedOn").value(today));
		postAs(token, """
				{"kind": "VERIFIED", "occurredAt": "%s", "note": "Ana is happy with it"}
				""".formatted(java.time.Instant.now().minusSeconds(60)), "/api/v1/referrals/{id}/monitoring", id)
			.andExpect(status().isBadRequest());
		postAs(token, """
				{"kind": "VERIFIED", "occurredAt": "%s", "satisfactory": true, "note": "Ana is happy with it"}
				""".formatted(java.time.Instant.now().minusSeconds(60)), "/api/v1/referrals/{id}/monitoring", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.monitoring[0].kind").value("VERIFIED"))
			.andExpect(jsonPath("$.history.length()").value(4));
		getAs(token, "/api/v1/cases/{id}/referrals", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		postAs(token, """
				{"kind": "BARRIER", "occurredOn": "%s", "description": "No bus pass"}
				""".formatted(today), "/api/v1/cases/{id}/partnership-entries", caseId)
			.andExpect(status().isBadRequest());
		postAs(token, """
				{"kind": "BARRIER", "occurredOn": "%s", "description": "No bus pass", "mediation": "Got one"}
				""".formatted(today), "/api/v1/cases/{id}/partnership-entries", caseId).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("BARRIER"));
	}

	@Test
	void the_services_paths_are_in_the_openapi_document() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}/referrals'].post.operationId").value("createReferral"))
			.andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/status'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/monitoring'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}/partnership-entries'].get").exists());
	}

}
