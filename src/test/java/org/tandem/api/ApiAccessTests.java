package org.tandem.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API applies the same access rules as the pages, by role and assignment, and never
 * across organizations; every refusal is a 403 problem and is audited.
 */
@ApiTest
class ApiAccessTests extends ApiTestSupport {

	@Test
	void a_case_manager_reads_and_works_their_own_case() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID clientId = register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram());
		UUID caseId = caseOf(clientId);
		getAs(token, "/api/v1/clients/{id}", clientId).andExpect(status().isOk());
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(status().isOk());
		postAs(token,
				"""
						{"kind": "NOTE", "involvement": "DIRECT", "narrative": "Called the school", "contactAt": "2026-11-20T15:00:00Z"}""",
				"/api/v1/cases/{id}/contacts", caseId)
			.andExpect(status().isCreated());
		getAs(token, "/api/v1/cases").andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void a_case_manager_cannot_read_a_case_assigned_to_someone_else() throws Exception {
		UUID clientId = register(tokenOf(this.agency.otherCaseManager()), "Ana", "Ruiz", "1990-05-17",
				this.agency.intensiveProgram());
		UUID caseId = caseOf(clientId);
		String token = tokenOf(this.agency.caseManager());
		getAs(token, "/api/v1/cases/{id}", caseId).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		getAs(token, "/api/v1/clients/{id}", clientId).andExpect(status().isForbidden());
		getAs(token, "/api/v1/cases/{id}/contacts", caseId).andExpect(status().isForbidden());
		postAs(token, """
				{"status": "SCREENING", "reason": "not mine", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isForbidden());
		getAs(token, "/api/v1/cases").andExpect(jsonPath("$", hasSize(0)));
		getAs(token, "/api/v1/clients?q=ruiz").andExpect(jsonPath("$", hasSize(0)));
		assertThat(auditRows("DENIED", caseId)).isEqualTo(3);
		assertThat(auditRows("DENIED", clientId)).isEqualTo(1);
		assertThat(auditRows("READ", caseId)).isZero();
		assertThat(caseVersion(caseId)).isZero();
	}

	@Test
	void nobody_reaches_another_organizations_client_or_case_not_even_its_administrator() throws Exception {
		TestAgency elsewhere = TestAgency.create(this.accounts);
		UUID clientId = register(tokenOf(elsewhere, elsewhere.caseManager()), "Ana", "Ruiz", "1990-05-17",
				elsewhere.generalProgram());
		UUID caseId = caseOf(clientId);
		for (String token : new String[] { tokenOf(this.agency.admin()), tokenOf(this.agency.caseManager()) }) {
			getAs(token, "/api/v1/clients/{id}", clientId).andExpect(status().isForbidden());
			getAs(token, "/api/v1/cases/{id}", caseId).andExpect(status().isForbidden());
			getAs(token, "/api/v1/clients/{id}/household-members", clientId).andExpect(status().isForbidden());
			getAs(token, "/api/v1/cases/{id}/assignments", caseId).andExpect(status().isForbidden());
			call(token,
					put("/api/v1/clients/{id}", clientId).contentType(MediaType.APPLICATION_JSON)
						.content("{\"version\": 0, \"details\": {\"givenName\": \"X\", \"familyName\": \"Y\"}}"))
				.andExpect(status().isForbidden());
			getAs(token, "/api/v1/clients?q=ruiz").andExpect(jsonPath("$", hasSize(0)));
		}
		String admin = tokenOf(this.agency.admin());
		MvcResult intoTheirProgram = postAs(admin,
				registration("Tomas", "Berg", "1970-01-09", elsewhere.generalProgram()), "/api/v1/clients")
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(intoTheirProgram)).containsExactly("programId/known-program");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'DENIED' and record_id in (?, ?)")
			.params(clientId.toString(), caseId.toString())
			.query(Long.class)
			.single()).isEqualTo(10);
		assertThat(
				this.jdbc.sql("select version from client where id = ?").param(clientId).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_peer_reviewer_is_refused_every_record_until_a_sample_is_granted() throws Exception {
		UUID clientId = register(tokenOf(this.agency.caseManager()), "Ana", "Ruiz", "1990-05-17",
				this.agency.generalProgram());
		UUID caseId = caseOf(clientId);
		String token = tokenOf(this.agency.reviewer());
		for (String path : new String[] { "/api/v1/clients/{id}", "/api/v1/clients/{id}/household-members",
				"/api/v1/clients/{id}/natural-supports" }) {
			getAs(token, path, clientId).andExpect(status().isForbidden());
		}
		for (String path : new String[] { "/api/v1/cases/{id}", "/api/v1/cases/{id}/contacts",
				"/api/v1/cases/{id}/assignments" }) {
			getAs(token, path, caseId).andExpect(status().isForbidden());
		}
		postAs(token, registration("Tomas", "Berg", "1970-01-09", this.agency.generalProgram()), "/api/v1/clients")
			.andExpect(status().isForbidden());
		postAs(token, "{\"name\": \"Leo\", \"relationship\": \"son\"}", "/api/v1/clients/{id}/household-members",
				clientId)
			.andExpect(status().isForbidden());
		postAs(token, """
				{"status": "SCREENING", "reason": "no", "version": 0}""", "/api/v1/cases/{id}/status", caseId)
			.andExpect(status().isForbidden());
		postAs(token, """
				{"kind": "NOTE", "involvement": "DIRECT", "narrative": "no", "contactAt": "2026-11-20T15:00:00Z"}""",
				"/api/v1/cases/{id}/contacts", caseId)
			.andExpect(status().isForbidden());
		postAs(token,
				"{\"clientId\": \"%s\", \"programId\": \"%s\"}".formatted(clientId, this.agency.intensiveProgram()),
				"/api/v1/cases")
			.andExpect(status().isForbidden());
		// lists show a peer reviewer nothing, rather than refusing
		getAs(token, "/api/v1/cases").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		getAs(token, "/api/v1/clients?q=ruiz").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		assertThat(clientsIn(this.agency.organizationId())).isEqualTo(1);
		assertThat(auditRows("READ", clientId)).isZero();
		assertThat(auditRows("READ", caseId)).isZero();
	}

	@Test
	void a_supervisor_reads_a_case_of_their_team_but_another_supervisor_does_not() throws Exception {
		UUID caseId = caseOf(register(tokenOf(this.agency.caseManager()), "Ana", "Ruiz", "1990-05-17",
				this.agency.generalProgram()));
		getAs(tokenOf(this.agency.supervisor()), "/api/v1/cases/{id}", caseId).andExpect(status().isOk());
		getAs(tokenOf(this.agency.otherSupervisor()), "/api/v1/cases/{id}", caseId).andExpect(status().isForbidden());
	}

	@Test
	void a_supervisor_reassigns_a_case_within_their_team_only() throws Exception {
		UUID caseId = caseOf(register(tokenOf(this.agency.caseManager()), "Ana", "Ruiz", "1990-05-17",
				this.agency.intensiveProgram()));
		String supervisor = tokenOf(this.agency.supervisor());
		MvcResult outsideTeam = postAs(supervisor, """
				{"workerId": "%s", "reason": "Balance caseloads"}""".formatted(this.agency.otherCaseManager().id()),
				"/api/v1/cases/{id}/assignments", caseId)
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(errorsOf(outsideTeam)).containsExactly("workerId/eligible-worker");
		postAs(supervisor, """
				{"workerId": "%s", "reason": "Covering during leave"}""".formatted(this.agency.supervisor().id()),
				"/api/v1/cases/{id}/assignments", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workerId").value(this.agency.supervisor().id().toString()))
			.andExpect(jsonPath("$.version").value(1));
		getAs(supervisor, "/api/v1/cases/{id}/assignments", caseId).andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].workerId").value(this.agency.supervisor().id().toString()))
			.andExpect(jsonPath("$[0].reason").value("Covering during leave"))
			.andExpect(jsonPath("$[1].until").isNotEmpty());
	}

	@Test
	void a_case_manager_cannot_reassign_their_case() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID caseId = caseOf(register(token, "Ana", "Ruiz", "1990-05-17", this.agency.generalProgram()));
		postAs(token, """
				{"workerId": "%s", "reason": "Too busy"}""".formatted(this.agency.supervisor().id()),
				"/api/v1/cases/{id}/assignments", caseId)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(
				this.jdbc.sql("select worker_id from case_file where id = ?").param(caseId).query(UUID.class).single())
			.isEqualTo(this.agency.caseManager().id());
		assertThat(auditRows("DENIED", caseId)).isEqualTo(1);
	}

}
