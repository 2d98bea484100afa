package org.tandem.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.identity.Accounts;
import org.tandem.identity.ApiTokens;
import org.tandem.identity.SignedInUser;
import org.tandem.support.TestAgency;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the API tests share: a fresh agency per test, personal tokens for its staff, calls
 * made with them, and a look at the audit trail.
 */
abstract class ApiTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	@BeforeEach
	void freshAgency() {
		this.agency = TestAgency.create(this.accounts);
	}

	/**
	 * A personal API token for a member of the test agency, issued by its administrator.
	 */
	String tokenOf(SignedInUser user) {
		return tokenOf(this.agency, user);
	}

	String tokenOf(TestAgency agency, SignedInUser user) {
		return this.apiTokens.issue(agency.admin(), user.id(), "tests for " + user.username()).token();
	}

	ResultActions call(String token, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
	}

	ResultActions getAs(String token, String path, Object... vars) throws Exception {
		return call(token, get(path, vars));
	}

	ResultActions postAs(String token, String json, String path, Object... vars) throws Exception {
		return call(token, post(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Registers a person through the API and answers their id. */
	UUID register(String token, String given, String family, String dateOfBirth, UUID programId) throws Exception {
		MvcResult result = postAs(token, registration(given, family, dateOfBirth, programId), "/api/v1/clients")
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result, "$.id"));
	}

	static String registration(String given, String family, String dateOfBirth, UUID programId) {
		return """
				{"details": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s",
				  "phone": "555-0100", "address": {"line1": "12 Elm St", "city": "Riverside"},
				  "demographics": {"race": ["WHITE"], "ethnicity": "HISPANIC_LATINO", "sex": "FEMALE",
				    "preferredLanguage": "es", "veteranStatus": "DECLINED"}},
				 "programId": "%s"}
				""".formatted(given, family, dateOfBirth, programId);
	}

	/** The one case a person registered in a single program has. */
	UUID caseOf(UUID clientId) {
		return this.jdbc.sql("select id from case_file where client_id = ?").param(clientId).query(UUID.class).single();
	}

	int caseVersion(UUID caseId) {
		return this.jdbc.sql("select version from case_file where id = ?").param(caseId).query(Integer.class).single();
	}

	long auditRows(String action, Object recordId) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
			.params(action, recordId.toString())
			.query(Long.class)
			.single();
	}

	long clientsIn(UUID organizationId) {
		return this.jdbc.sql("select count(*) from client where organization_id = ?")
			.param(organizationId)
			.query(Long.class)
			.single();
	}

	/** The broken rules of a 400 problem, as {@code field/rule}. */
	static List<String> errorsOf(MvcResult result) throws Exception {
		List<Map<String, Object>> errors = JsonPath.read(result.getResponse().getContentAsString(), "$.errors");
		return errors.stream().map(e -> e.get("field") + "/" + e.get("rule")).toList();
	}

	static String read(MvcResult result, String path) throws Exception {
		Object value = JsonPath.read(result.getResponse().getContentAsString(), path);
		return String.valueOf(value);
	}

}
