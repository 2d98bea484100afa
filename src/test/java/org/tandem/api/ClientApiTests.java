package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class ClientApiTests extends ApiTestSupport {

	@Test
	void registering_a_person_answers_201_with_the_record_and_leaves_one_create_audit_row() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		MvcResult result = postAs(token, registration("Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()),
				"/api/v1/clients")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.details.givenName").value("Ana"))
			.andExpect(jsonPath("$.details.dateOfBirth").value("1990-05-17"))
			.andExpect(jsonPath("$.details.demographics.veteranStatus").value("DECLINED"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		UUID id = UUID.fromString(read(result, "$.id"));
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/clients/" + id);
		assertThat(auditRows("CREATE", id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select actor_id from audit_event where action = 'CREATE' and record_id = ?")
			.param(id.toString())
			.query(UUID.class)
			.single()).isEqualTo(this.agency.caseManager().id());
		UUID caseId = caseOf(id);
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INQUIRY"))
			.andExpect(jsonPath("$.workerId").value(this.agency.caseManager().id().toString()));
	}

	@Test
	void a_registration_breaking_rules_answers_400_naming_each_field_and_rule_and_stores_nothing() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		String body = """
				{"details": {"givenName": "  ", "dateOfBirth": "2999-01-01", "email": "not-an-email",
				  "demographics": {"sex": "UNKNOWN", "race": ["DECLINED", "WHITE"]}}}
				""";
		MvcResult result = postAs(token, body, "/api/v1/clients")
			.andDo(org.springframework.test.web.servlet.result.MockMvcResultHandlers.print())
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.type").value("urn:tandem:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty())
			.andReturn();
		assertThat(errorsOf(result)).containsExactlyInAnyOrder("programId/required", "details.givenName/required",
				"details.familyName/required", "details.dateOfBirth/not-in-future", "details.email/email",
				"details.demographics.sex/one-of", "details.demographics.race/declined-alone");
		assertThat(clientsIn(this.agency.organizationId())).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_event where organization_id = ? and action = 'CREATE'")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_value_of_the_wrong_kind_answers_400_naming_the_field() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		MvcResult badDate = postAs(token, """
				{"details": {"givenName": "Ana", "familyName": "Ruiz", "dateOfBirth": "05/17/1990"},
				 "programId": "%s"}""".formatted(this.agency.generalProgram()), "/api/v1/clients")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		assertThat(errorsOf(badDate)).containsExactly("details.dateOfBirth/type");
		MvcResult badId = postAs(token, """
				{"details": {"givenName": "Ana", "familyName": "Ruiz"}, "programId": "program-one"}""",
				"/api/v1/clients")
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(badId)).containsExactly("programId/type");
		MvcResult badPath = getAs(token, "/api/v1/clients/not-an-id").andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(badPath)).containsExactly("id/type");
		MvcResult badQuery = getAs(token, "/api/v1/clients?q=Ana&dateOfBirth=yesterday")
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(badQuery)).containsExactly("dateOfBirth/type");
		MvcResult notJson = postAs(token, "{\"details\": {\"givenName\": ", "/api/v1/clients")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		assertThat(errorsOf(notJson)).singleElement().asString().endsWith("/json-syntax");
		MvcResult notAnObject = postAs(token, "[1, 2]", "/api/v1/clients").andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(notAnObject)).containsExactly("null/type");
		MvcResult noBody = postAs(token, "", "/api/v1/clients").andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(noBody)).containsExactly("null/body-required");
		assertThat(clientsIn(this.agency.organizationId())).isZero();
	}

	@Test
	void likely_duplicates_answer_409_with_the_list_and_store_nothing_until_confirmed() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID existing = register(token, "Maria", "Lopez", "1984-03-02", this.agency.generalProgram());
		String again = registration("María", "López", "1984-03-02", this.agency.intensiveProgram());
		postAs(token, again, "/api/v1/clients").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tandem:problem:possible-duplicates"))
			.andExpect(jsonPath("$.duplicates", hasSize(1)))
			.andExpect(jsonPath("$.duplicates[0].clientId").value(existing.toString()))
			.andExpect(jsonPath("$.duplicates[0].name").value("Maria Lopez"))
			.andExpect(jsonPath("$.duplicates[0].dateOfBirth").value("1984-03-02"))
			.andExpect(jsonPath("$.duplicates[0].accessible").value(true));
		assertThat(clientsIn(this.agency.organizationId())).isEqualTo(1);
		String confirmed = again.replace("\"programId\"", "\"notADuplicate\": true, \"programId\"");
		postAs(token, confirmed, "/api/v1/clients").andExpect(status().isCreated());
		assertThat(clientsIn(this.agency.organizationId())).isEqualTo(2);
	}

	@Test
	void search_finds_by_name_and_date_of_birth() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID ana = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		register(token, "Tomas", "Berg", "1970-01-09", this.agency.generalProgram());
		getAs(token, "/api/v1/clients?q=ruiz").andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(ana.toString()))
			.andExpect(jsonPath("$[0].name").value("Ana Ruiz"));
		getAs(token, "/api/v1/clients?dateOfBirth=1970-01-09").andExpect(jsonPath("$[0].name").value("Tomas Berg"));
	}

	@Test
	void a_correction_on_the_current_version_is_saved_and_a_stale_version_answers_409() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID id = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		String correction = """
				{"version": %d, "details": {"givenName": "Ana", "familyName": "Ruiz Soto", "dateOfBirth": "1990-05-17"}}""";
		call(token,
				put("/api/v1/clients/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(correction.formatted(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.familyName").value("Ruiz Soto"))
			.andExpect(jsonPath("$.version").value(1));
		call(token,
				put("/api/v1/clients/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content(correction.formatted(0).replace("Ruiz Soto", "Ruiz Vega")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tandem:problem:stale-version"));
		getAs(token, "/api/v1/clients/{id}", id).andExpect(jsonPath("$.details.familyName").value("Ruiz Soto"));
		assertThat(auditRows("UPDATE", id)).isEqualTo(1);
		MvcResult noVersion = call(token, put("/api/v1/clients/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"details\": {\"givenName\": \"Ana\"}}")).andExpect(status().isBadRequest()).andReturn();
		assertThat(errorsOf(noVersion)).containsExactly("version/required");
	}

	@Test
	void household_members_and_natural_supports_are_added_and_listed() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID id = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		postAs(token, """
				{"name": " Leo Ruiz ", "relationship": "son", "dateOfBirth": "2015-02-01"}""",
				"/api/v1/clients/{id}/household-members", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Leo Ruiz"))
			.andExpect(jsonPath("$.livesWith").value(true));
		postAs(token, """
				{"name": "Rosa Diaz", "relationship": "neighbour", "role": "childcare", "howToReach": "555-0199"}""",
				"/api/v1/clients/{id}/natural-supports", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("childcare"));
		getAs(token, "/api/v1/clients/{id}/household-members", id).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].relationship").value("son"));
		getAs(token, "/api/v1/clients/{id}/natural-supports", id).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("Rosa Diaz"));
		MvcResult invalid = postAs(token, "{\"relationship\": \"aunt\"}", "/api/v1/clients/{id}/household-members", id)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(invalid)).containsExactly("name/required");
	}

	@Test
	void an_unknown_client_answers_404_as_a_problem() throws Exception {
		getAs(tokenOf(this.agency.admin()), "/api/v1/clients/{id}", UUID.randomUUID()).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void problems_are_told_in_the_language_the_client_asks_for() throws Exception {
		call(tokenOf(this.agency.caseManager()),
				get("/api/v1/clients/{id}", UUID.randomUUID()).header("Accept-Language", "es"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("No encontrado"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
