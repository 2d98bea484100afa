package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class CaseApiTests extends ApiTestSupport {

	@Test
	void a_case_moves_along_allowed_transitions_with_its_version_and_each_step_is_in_the_history() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.clientName").value("Ana Ruiz"))
			.andExpect(jsonPath("$.programName").value("Case Management"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.nextStatuses[0]").value("SCREENING"));
		postAs(token, """
				{"status": "SCREENING", "reason": "Called back", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCREENING"))
			.andExpect(jsonPath("$.version").value(1));
		MvcResult skip = postAs(token, """
				{"status": "ACTIVE", "reason": "skip ahead", "version": 1}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(skip)).containsExactly("status/allowed-transition");
		postAs(token, """
				{"status": "INTAKE", "reason": "late", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("SCREENING"))
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.history[0].to").value("SCREENING"))
			.andExpect(jsonPath("$.history[0].reason").value("Called back"))
			.andExpect(jsonPath("$.history[0].changedBy").value(this.agency.caseManager().id().toString()));
	}

	@Test
	void a_status_that_is_not_one_answers_400_listing_the_statuses() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		postAs(token, """
				{"status": "OPEN", "reason": "typo", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("WAITING_LIST")));
		MvcResult list = getAs(token, "/api/v1/cases?status=OPEN").andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(list)).containsExactly("status/type");
		MvcResult noVersion = postAs(token, "{\"status\": \"SCREENING\", \"reason\": \"x\"}",
				"/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(noVersion)).containsExactly("version/required");
		assertThat(caseVersion(caseId)).isZero();
	}

	@Test
	void contacts_are_recorded_and_listed_newest_first() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		postAs(token, """
				{"kind": "PHONE", "involvement": "DIRECT", "durationMinutes": 10, "narrative": "Set a visit",
				 "contactAt": "2026-11-18T14:00:00Z"}""", "/api/v1/cases/{id}/contacts", caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorId").value(this.agency.caseManager().id().toString()));
		postAs(token, """
				{"kind": "IN_PERSON", "involvement": "DIRECT", "place": " Home ", "durationMinutes": 45,
				 "narrative": "Home visit ", "contactAt": "2026-11-20T15:00:00Z"}""", "/api/v1/cases/{id}/contacts",
				caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.place").value("Home"))
			.andExpect(jsonPath("$.narrative").value("Home visit"));
		getAs(token, "/api/v1/cases/{id}/contacts", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].narrative").value("Home visit"))
			.andExpect(jsonPath("$[1].kind").value("PHONE"));
		getAs(token, "/api/v1/cases/{id}", caseId)
			.andExpect(jsonPath("$.lastContactAt").value(org.hamcrest.Matchers.startsWith("2026-11-20T15:00")));
	}

	@Test
	void a_contact_breaking_rules_answers_400_naming_each_field_and_stores_nothing() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		MvcResult result = postAs(token, """
				{"kind": "COLLATERAL", "involvement": "DIRECT", "durationMinutes": 2000,
				 "contactAt": "2999-01-01T00:00:00Z"}""", "/api/v1/cases/{id}/contacts", caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(result)).containsExactlyInAnyOrder("narrative/required", "durationMinutes/range",
				"contactAt/not-in-future", "involvement/collateral-kind");
		MvcResult badTime = postAs(token, """
				{"kind": "PHONE", "involvement": "DIRECT", "narrative": "x", "contactAt": "tuesday"}""",
				"/api/v1/cases/{id}/contacts", caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(badTime)).containsExactly("contactAt/type");
		assertThat(this.jdbc.sql("select count(*) from case_contact where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(auditRows("UPDATE", caseId)).isZero();
	}

	@Test
	void a_person_already_known_is_enrolled_in_another_program_once() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID clientId = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		String open = """
				{"clientId": "%s", "programId": "%s", "reason": "Needs intensive support"}""".formatted(clientId,
				this.agency.intensiveProgram());
		MvcResult opened = postAs(token, open, "/api/v1/cases").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INQUIRY"))
			.andExpect(jsonPath("$.programId").value(this.agency.intensiveProgram().toString()))
			.andReturn();
		UUID caseId = UUID.fromString(read(opened, "$.id"));
		assertThat(opened.getResponse().getHeader("Location")).isEqualTo("/api/v1/cases/" + caseId);
		assertThat(auditRows("CREATE", caseId)).isEqualTo(1);
		MvcResult twice = postAs(token, open, "/api/v1/cases").andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(twice)).containsExactly("programId/one-open-case-per-program");
		MvcResult empty = postAs(token, "{}", "/api/v1/cases").andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(empty)).containsExactlyInAnyOrder("clientId/required", "programId/required");
	}

	@Test
	void the_case_list_filters_by_status_and_pages() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID first = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		register(token, "Tomas", "Berg", "1970-01-09", this.agency.generalProgram());
		postAs(token, """
				{"status": "SCREENING", "reason": "Called back", "version": 0}""", "/api/v1/cases/{id}/status", first)
			.andExpect(status().isOk());
		getAs(token, "/api/v1/cases").andExpect(jsonPath("$", hasSize(2)));
		getAs(token, "/api/v1/cases?status=SCREENING").andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].caseId").value(first.toString()))
			.andExpect(jsonPath("$[0].clientName").value("Ana Ruiz"));
		getAs(token, "/api/v1/cases?limit=1&offset=1").andExpect(jsonPath("$", hasSize(1)));
		MvcResult badPage = getAs(token, "/api/v1/cases?limit=0&offset=-1").andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(badPage)).containsExactlyInAnyOrder("limit/range", "offset/min");
	}

}
