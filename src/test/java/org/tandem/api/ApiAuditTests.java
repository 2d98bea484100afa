package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every read of a record through the API is written to the audit trail exactly once. */
@ApiTest
class ApiAuditTests extends ApiTestSupport {

	@Test
	void each_get_of_a_client_leaves_exactly_one_read_audit_row_for_that_client() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID clientId = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		assertThat(auditRows("READ", clientId)).isZero();
		long expected = 0;
		for (String path : new String[] { "/api/v1/clients/{id}", "/api/v1/clients/{id}/household-members",
				"/api/v1/clients/{id}/natural-supports" }) {
			getAs(token, path, clientId).andExpect(status().isOk());
			expected++;
			assertThat(auditRows("READ", clientId)).as(path).isEqualTo(expected);
		}
		assertThat(readRowsBy(this.agency.caseManager().id(), clientId)).isEqualTo(3);
	}

	@Test
	void each_get_of_a_case_leaves_exactly_one_read_audit_row_for_that_case() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID clientId = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		UUID caseId = caseOf(clientId);
		assertThat(auditRows("READ", caseId)).isZero();
		long expected = 0;
		for (String path : new String[] { "/api/v1/cases/{id}", "/api/v1/cases/{id}/contacts",
				"/api/v1/cases/{id}/assignments" }) {
			getAs(token, path, caseId).andExpect(status().isOk());
			expected++;
			assertThat(auditRows("READ", caseId)).as(path).isEqualTo(expected);
		}
		assertThat(auditRows("READ", clientId)).as("reading the case is not a read of the client record").isZero();
	}

	@Test
	void a_write_through_the_api_leaves_one_audit_row_naming_the_caller_and_their_address() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		postAs(token, """
				{"status": "SCREENING", "reason": "Called back", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select actor_id, remote_address from audit_event where action = 'UPDATE' and record_id = ?")
			.param(caseId.toString())
			.query((rs, n) -> rs.getObject("actor_id", UUID.class) + " " + rs.getString("remote_address"))
			.list()).containsExactly(this.agency.caseManager().id() + " 127.0.0.1");
	}

	private long readRowsBy(UUID actorId, UUID recordId) {
		return this.jdbc
			.sql("select count(*) from audit_event where action = 'READ' and actor_id = ? and record_id = ?")
			.params(actorId, recordId.toString())
			.query(Long.class)
			.single();
	}

}
