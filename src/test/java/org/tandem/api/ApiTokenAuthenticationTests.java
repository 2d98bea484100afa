package org.tandem.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.tandem.identity.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class ApiTokenAuthenticationTests extends ApiTestSupport {

	@Test
	void a_call_without_a_token_is_refused_with_401_as_a_problem() throws Exception {
		this.mvc.perform(get("/api/v1/cases").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void a_call_with_a_token_nobody_issued_is_refused_with_401() throws Exception {
		getAs("tdm_not-a-token-anyone-issued", "/api/v1/cases").andExpect(status().isUnauthorized());
	}

	@Test
	void a_call_with_a_valid_token_is_answered_as_its_owner_and_marks_the_token_used() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		getAs(token, "/api/v1/cases").andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(this.apiTokens.tokensIn(this.agency.organizationId())).singleElement()
			.satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
	}

	@Test
	void a_revoked_token_is_refused_with_401() throws Exception {
		ApiTokens.IssuedToken issued = this.apiTokens.issue(this.agency.admin(), this.agency.caseManager().id(),
				"revoked soon");
		getAs(issued.token(), "/api/v1/cases").andExpect(status().isOk());
		this.apiTokens.revoke(this.agency.admin(), issued.id());
		getAs(issued.token(), "/api/v1/cases").andExpect(status().isUnauthorized());
	}

	@Test
	void a_token_is_stored_only_as_its_sha256_hash_never_in_clear() throws Exception {
		ApiTokens.IssuedToken issued = this.apiTokens.issue(this.agency.admin(), this.agency.caseManager().id(),
				"hashed");
		String stored = this.jdbc.sql("select token_hash from api_token where id = ?")
			.param(issued.id())
			.query(String.class)
			.single();
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(issued.token().getBytes(StandardCharsets.UTF_8)));
		assertThat(stored).isEqualTo(expected).doesNotContain(issued.token());
		long rowsHoldingTheToken = this.jdbc.sql("select count(*) from api_token t where position(? in t::text) > 0")
			.param(issued.token())
			.query(Long.class)
			.single();
		assertThat(rowsHoldingTheToken).isZero();
	}

	@Test
	void a_token_works_only_for_the_api_not_for_the_pages() throws Exception {
		String token = tokenOf(this.agency.admin());
		call(token, get("/admin/tokens")).andExpect(status().is3xxRedirection());
		getAs(token, "/api/v1/clients/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
	}

}
