package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request that fails stores nothing at all, even when it fails after its rows were
 * written: each write and its audit rows share one transaction.
 */
@ApiTest
class ApiAtomicityTests extends ApiTestSupport {

	@Autowired
	FailureAfterWrites failure;

	@AfterEach
	void disarm() {
		this.failure.disarm();
	}

	@Test
	void a_registration_failing_after_its_writes_leaves_no_client_no_case_and_no_audit_row() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		this.failure.arm();
		postAs(token, registration("Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()), "/api/v1/clients")
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.incident").isNotEmpty())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Nothing was partly saved")));
		assertThat(clientsIn(this.agency.organizationId())).isZero();
		assertThat(count("select count(*) from case_file where organization_id = ?")).isZero();
		assertThat(count("select count(*) from case_status_change where organization_id = ?")).isZero();
		assertThat(count("select count(*) from case_assignment where organization_id = ?")).isZero();
		assertThat(count("select count(*) from audit_event where organization_id = ? and action = 'CREATE'")).isZero();
	}

	@Test
	void a_status_change_failing_after_its_writes_leaves_the_case_as_it_was() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		this.failure.arm();
		postAs(token, """
				{"status": "SCREENING", "reason": "Called back", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isInternalServerError());
		this.failure.disarm();
		assertThat(caseVersion(caseId)).isZero();
		assertThat(
				this.jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("INQUIRY");
		assertThat(this.jdbc.sql("select count(*) from case_status_change where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(auditRows("UPDATE", caseId)).isZero();
		postAs(token, """
				{"status": "SCREENING", "reason": "Called back", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isOk());
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param(this.agency.organizationId()).query(Long.class).single();
	}

}
