package org.tandem.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class AssessmentApiTests extends ApiTestSupport {

	private String token;

	private UUID clientId;

	private UUID caseId;

	private void aCaseInIntake() throws Exception {
		this.token = tokenOf(this.agency.caseManager());
		this.clientId = register(this.token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		this.caseId = caseOf(this.clientId);
		postAs(this.token, """
				{"status": "SCREENING", "reason": "Called back", "version": %d}""".formatted(caseVersion(this.caseId)),
				"/api/v1/cases/{id}/status", this.caseId)
			.andExpect(status().isOk());
		postAs(this.token, """
				{"status": "INTAKE", "reason": "Eligible", "version": %d}""".formatted(caseVersion(this.caseId)),
				"/api/v1/cases/{id}/status", this.caseId)
			.andExpect(status().isOk());
	}

	private static String draft(Instant conductedAt, String language, boolean interpreter) {
		return """
				{"kind": "INITIAL", "conductedAt": "%s",
				 "participants": {"person": true, "familyMembers": "Her sister"},
				 "place": {"setting": "HOME"}, "language": %s, "interpreterUsed": %s,
				 "domains": {"HOUSING": "Behind on rent"}, "summary": "Housing first"}""".formatted(conductedAt,
				language == null ? "null" : "\"" + language + "\"", interpreter);
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where organization_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	@Test
	void a_draft_is_saved_signed_locked_and_corrected_by_a_new_version() throws Exception {
		aCaseInIntake();
		Instant conducted = Instant.now();
		MvcResult created = postAs(this.token, draft(conducted, "Spanish", false), "/api/v1/cases/{id}/assessments",
				this.caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		String id = read(created, "$.id");
		int version = Integer.parseInt(read(created, "$.version"));
		call(this.token,
				put("/api/v1/assessments/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(draft(conducted, "Spanish", true).replaceFirst("\\{", "{\"version\": " + version + ", ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interpreterUsed").value(true));
		postAs(this.token, "{\"version\": " + version + "}", "/api/v1/assessments/{id}/complete", id)
			.andExpect(status().isConflict());
		postAs(this.token, "{\"version\": " + (version + 1) + "}", "/api/v1/assessments/{id}/complete", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.signedBy").value(this.agency.caseManager().id().toString()));
		MvcResult locked = call(this.token, put("/api/v1/assessments/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content(draft(conducted, "English", false).replaceFirst("\\{", "{\"version\": " + (version + 2) + ", ")))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(locked)).containsExactly("status/locked");
		postAs(this.token, """
				{"reason": "Wrong sister"}""", "/api/v1/assessments/{id}/corrections", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versionNumber").value(2))
			.andExpect(jsonPath("$.correctsId").value(id))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		getAs(this.token, "/api/v1/cases/{id}/assessments", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void an_assessment_before_intake_or_with_an_interpreter_but_no_language_is_refused_and_nothing_is_stored()
			throws Exception {
		aCaseInIntake();
		MvcResult early = postAs(this.token, draft(Instant.now().minus(2, ChronoUnit.DAYS), "Spanish", false),
				"/api/v1/cases/{id}/assessments", this.caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(early)).containsExactly("conductedAt/not-before-intake");
		MvcResult noLanguage = postAs(this.token, draft(Instant.now(), null, true), "/api/v1/cases/{id}/assessments",
				this.caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(noLanguage)).containsExactly("language/required-with-interpreter");
		assertThat(rows("assessment")).isZero();
	}

	@Test
	void a_trigger_is_recorded_with_when_it_happened_but_not_in_the_future() throws Exception {
		aCaseInIntake();
		postAs(this.token,
				"""
						{"kind": "DISCHARGE_NOTICE", "occurredAt": "%s", "note": "Leaving hospital Friday"}"""
					.formatted(Instant.now()),
				"/api/v1/cases/{id}/reassessment-triggers", this.caseId)
			.andExpect(status().isCreated());
		MvcResult future = postAs(this.token,
				"""
						{"kind": "PRECIPITATING_EVENT", "occurredAt": "%s"}"""
					.formatted(Instant.now().plus(1, ChronoUnit.DAYS)),
				"/api/v1/cases/{id}/reassessment-triggers", this.caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(future)).containsExactly("occurredAt/not-in-future");
		getAs(this.token, "/api/v1/cases/{id}/reassessment-triggers", this.caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].kind").value("DISCHARGE_NOTICE"));
	}

	@Test
	void an_administrator_adds_an_instrument_definition_that_is_checked_and_a_case_manager_may_not() throws Exception {
		String admin = tokenOf(this.agency.admin());
		getAs(admin, "/api/v1/instruments").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("PHQ-9")))
			.andExpect(jsonPath("$[*].code", hasItem("SELF-SUFFICIENCY")));
		String definition = """
				{"code": "GAD-2", "name": "Anxiety screen",
				 "items": [{"key": "a1", "text": "Nervous"}, {"key": "a2", "text": "Cannot stop worrying"}],
				 "options": [{"value": 0, "label": "Not at all"}, {"value": 3, "label": "Nearly every day"}],
				 "scoring": {"rule": "SUM", "bands": [{"min": 0, "max": 2, "label": "Low"}, {"min": 3, "max": 6, "label": "High"}]}}""";
		postAs(admin, definition, "/api/v1/instruments").andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.definition.items", hasSize(2)));
		postAs(admin, definition, "/api/v1/instruments").andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2));
		postAs(tokenOf(this.agency.caseManager()), definition, "/api/v1/instruments").andExpect(status().isForbidden());
		MvcResult bad = postAs(admin, """
				{"code": "X", "name": "Broken", "items": [], "options": [{"value": 0, "label": "No"}],
				 "scoring": {"rule": "MAX", "bands": []}}""", "/api/v1/instruments").andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(bad)).containsExactly("items/required", "options/required", "scoring.rule/one-of");
	}

	@Test
	void an_unknown_answer_is_refused_and_a_full_phq9_is_scored() throws Exception {
		aCaseInIntake();
		String phq9 = read(getAs(this.token, "/api/v1/instruments").andReturn(), "$[?(@.code == 'PHQ-9')].id")
			.replaceAll("[\\[\\]\"]", "");
		String answers = "\"q1\": 2, \"q2\": 2, \"q3\": 1, \"q4\": 2, \"q5\": 1, \"q6\": 1, \"q7\": 1, \"q8\": 0";
		MvcResult bad = postAs(this.token,
				"""
						{"instrumentId": "%s", "caseId": "%s", "administeredAt": "%s", "answers": {%s, "q9": 5}}"""
					.formatted(phq9, this.caseId, Instant.now(), answers),
				"/api/v1/clients/{id}/instrument-administrations", this.clientId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(bad)).containsExactly("answers.q9/one-of");
		assertThat(rows("instrument_administration")).isZero();
		postAs(this.token,
				"""
						{"instrumentId": "%s", "caseId": "%s", "administeredAt": "%s", "answers": {%s, "q9": 0}}"""
					.formatted(phq9, this.caseId, Instant.now(), answers),
				"/api/v1/clients/{id}/instrument-administrations", this.clientId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(10))
			.andExpect(jsonPath("$.band").value("Moderate"));
		getAs(this.token, "/api/v1/clients/{id}/instrument-administrations", this.clientId).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
	}

}
