package org.tandem.api;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workforce API: records written and read with the same authorization, audit and
 * problems as the pages, and described in the OpenAPI document.
 */
@ApiTest
class WorkforceApiTests extends ApiTestSupport {

	@Test
	void bad_records_are_problems_naming_the_field_and_the_rule_and_nothing_is_stored() throws Exception {
		String token = tokenOf(this.agency.admin());
		String staff = this.agency.caseManager().id().toString();
		assertThat(errorsOf(
				postAs(token, "{\"level\":\"BACHELOR\",\"field\":\"\"}", "/api/v1/workforce/staff/{id}/degrees", staff)
					.andExpect(status().isBadRequest())
					.andReturn()))
			.containsExactly("field/degree-field");
		assertThat(errorsOf(postAs(token,
				"{\"kind\":\"LICENSE\",\"name\":\"LSW\",\"caseManagement\":false,\"issuer\":\"State board\","
						+ "\"issuedOn\":\"2025-05-01\",\"expiresOn\":\"2024-05-01\"}",
				"/api/v1/workforce/staff/{id}/credentials", staff)
			.andExpect(status().isBadRequest())
			.andReturn())).containsExactly("expiresOn/expires-before-issued");
		assertThat(this.jdbc
			.sql("select (select count(*) from workforce_degree where user_id = ?)"
					+ " + (select count(*) from workforce_credential where user_id = ?)")
			.params(this.agency.caseManager().id(), this.agency.caseManager().id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_degree_added_shows_in_the_verdict_of_the_file_and_the_read_is_audited() throws Exception {
		String token = tokenOf(this.agency.admin());
		String staff = this.agency.caseManager().id().toString();
		postAs(token, "{\"level\":\"BACHELOR\",\"field\":\"Social work\",\"awardedOn\":\"2019-06-01\"}",
				"/api/v1/workforce/staff/{id}/degrees", staff)
			.andExpect(status().isCreated());
		getAs(token, "/api/v1/workforce/staff/{id}", staff).andExpect(status().isOk())
			.andExpect(jsonPath("$.qualifications[0].standard").value("CA-CM 2.01"))
			.andExpect(jsonPath("$.qualifications[0].qualifies").value(true))
			.andExpect(jsonPath("$.degrees[0].humanService").value(true));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where record_type = 'STAFF_RECORD' and action = 'READ'"
					+ " and record_id = ?")
			.param(staff)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void a_case_manager_reads_only_their_own_file_and_cannot_write_records() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		getAs(token, "/api/v1/workforce/staff/{id}", this.agency.caseManager().id()).andExpect(status().isOk());
		getAs(token, "/api/v1/workforce/staff/{id}", this.agency.otherCaseManager().id())
			.andExpect(status().isForbidden());
		postAs(token, "{\"level\":\"MASTER\",\"field\":\"Social work\"}", "/api/v1/workforce/staff/{id}/degrees",
				this.agency.caseManager().id())
			.andExpect(status().isForbidden());
		getAs(token, "/api/v1/workforce/caseloads").andExpect(status().isForbidden());
	}

	@Test
	void caseloads_continuity_and_the_training_matrix_answer_a_supervisor() throws Exception {
		String token = tokenOf(this.agency.supervisor());
		getAs(token, "/api/v1/workforce/caseloads").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].limit").exists());
		getAs(token, "/api/v1/workforce/continuity").andExpect(status().isOk())
			.andExpect(jsonPath("$.assignWithin").value(2));
		getAs(token, "/api/v1/workforce/training-matrix").andExpect(status().isOk());
	}

	@Test
	void the_openapi_document_describes_the_workforce_paths() throws Exception {
		this.mvc.perform(get("/api/docs").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workforce/staff")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workforce/staff/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workforce/training-matrix")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workforce/caseloads")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/next-workers")))
			.andExpect(jsonPath("$.paths['/api/v1/workforce/staff/{id}/degrees'].post").exists());
	}

}
