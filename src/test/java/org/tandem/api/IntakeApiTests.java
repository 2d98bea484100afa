package org.tandem.api;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class IntakeApiTests extends ApiTestSupport {

	@Test
	void a_screening_is_put_read_back_and_audited_and_the_inquiry_moves_to_screening() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		getAs(token, "/api/v1/cases/{id}/screening", caseId).andExpect(status().isNotFound());
		MvcResult saved = putAs(token, screening("URGENT", "MATCH", null, Instant.now().minus(Duration.ofHours(1))),
				caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.urgency").value("URGENT"))
			.andExpect(jsonPath("$.criticalNeeds[0]").value("HOUSING_LOSS"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		String id = read(saved, "$.id");
		assertThat(auditRows("CREATE", id)).isEqualTo(1);
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("SCREENING"));
		getAs(token, "/api/v1/cases/{id}/screening", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.request").value("Help keeping the apartment"));
		// another team's case manager cannot read it
		getAs(tokenOf(this.agency.otherCaseManager()), "/api/v1/cases/{id}/screening", caseId)
			.andExpect(status().isForbidden());
	}

	@Test
	void a_correction_without_a_reason_is_a_problem_and_with_one_the_earlier_version_is_listed() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		Instant past = Instant.now().minus(Duration.ofHours(1));
		putAs(token, screening("ROUTINE", "MATCH", null, past), caseId).andExpect(status().isOk());
		assertThat(errorsOf(
				putAs(token, screening("URGENT", "MATCH", null, past), caseId).andExpect(status().isBadRequest())
					.andReturn()))
			.containsExactly("correctionReason/required-when-correcting");
		String corrected = screening("URGENT", "MATCH", null, past).replace("\"occurredAt\"",
				"\"correctionReason\": \"Eviction notice arrived\", \"version\": 0, \"occurredAt\"");
		putAs(token, corrected, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		getAs(token, "/api/v1/cases/{id}/screening/versions", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].urgency").value("ROUTINE"))
			.andExpect(jsonPath("$[0].reason").value("Eviction notice arrived"));
	}

	@Test
	void an_unknown_urgency_a_no_match_without_reason_and_a_future_date_are_problems_naming_field_and_rule()
			throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		Instant past = Instant.now().minus(Duration.ofHours(1));
		assertThat(
				errorsOf(putAs(token, screening("SOON", "MATCH", null, past), caseId).andExpect(status().isBadRequest())
					.andReturn()))
			.containsExactly("urgency/type");
		assertThat(errorsOf(
				putAs(token, screening("ROUTINE", "NO_MATCH", null, past), caseId).andExpect(status().isBadRequest())
					.andReturn()))
			.containsExactly("matchReasons/reason-unless-match");
		assertThat(errorsOf(
				putAs(token, screening("ROUTINE", "MATCH", null, Instant.now().plus(Duration.ofDays(1))), caseId)
					.andExpect(status().isBadRequest())
					.andReturn()))
			.containsExactly("occurredAt/not-in-future");
		getAs(token, "/api/v1/cases/{id}/screening", caseId).andExpect(status().isNotFound());
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("INQUIRY"));
	}

	@Test
	void a_referral_out_is_recorded_and_listed_and_the_waiting_list_shows_a_placed_case() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID referred = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		Instant past = Instant.now().minus(Duration.ofHours(1));
		putAs(token, screening("ROUTINE", "NO_MATCH", "Serves adults only", past), referred).andExpect(status().isOk());
		postAs(token, """
				{"resourceName": "Riverside Youth Center", "howToReach": "555-0199",
				 "whatWasDone": "Called and booked a visit", "referredAt": "%s"}""".formatted(past),
				"/api/v1/cases/{id}/referrals-out", referred)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.resourceName").value("Riverside Youth Center"));
		getAs(token, "/api/v1/cases/{id}/referrals-out", referred).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		assertThat(errorsOf(postAs(token, """
				{"resourceName": " ", "whatWasDone": "x", "referredAt": "%s"}""".formatted(past),
				"/api/v1/cases/{id}/referrals-out", referred)
			.andExpect(status().isBadRequest())
			.andReturn())).containsExactly("resourceName/required");

		UUID waiting = caseOf(register(token, "Bea", "Soto", "1988-02-01", this.agency.generalProgram()));
		putAs(token, screening("URGENT", "MATCH", null, past), waiting).andExpect(status().isOk());
		postAs(token, """
				{"status": "WAITING_LIST", "reason": "No opening", "version": %d}""".formatted(caseVersion(waiting)),
				"/api/v1/cases/{id}/status", waiting)
			.andExpect(status().isOk());
		getAs(token, "/api/v1/intake/waiting-list").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].caseId").value(waiting.toString()))
			.andExpect(jsonPath("$[0].urgency").value("URGENT"))
			.andExpect(jsonPath("$[0].reason").value("No opening"));
	}

	private org.springframework.test.web.servlet.ResultActions putAs(String token, String json, UUID caseId)
			throws Exception {
		return call(token,
				put("/api/v1/cases/{id}/screening", caseId)
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content(json));
	}

	private static String screening(String urgency, String match, String reasons, Instant occurredAt) {
		return """
				{"inquiryChannel": "PHONE", "request": "Help keeping the apartment", "programMatch": "%s",
				 "matchReasons": %s, "servicesExplained": "A first visit within two weeks",
				 "levelOfService": "STANDARD", "criticalNeeds": ["HOUSING_LOSS"], "urgency": "%s",
				 "occurredAt": "%s"}""".formatted(match, reasons == null ? "null" : "\"" + reasons + "\"", urgency,
				occurredAt);
	}

}
