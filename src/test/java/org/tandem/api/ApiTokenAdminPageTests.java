package org.tandem.api;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class ApiTokenAdminPageTests extends ApiTestSupport {

	@Test
	void the_tokens_page_is_refused_to_a_case_manager() throws Exception {
		this.mvc.perform(get("/admin/tokens").with(signedIn(this.agency.caseManager())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/tokens").with(signedIn(this.agency.caseManager()))
				.with(csrf())
				.param("userId", this.agency.caseManager().id().toString())
				.param("name", "my own token"))
			.andExpect(status().isForbidden());
		assertThat(this.apiTokens.tokensIn(this.agency.organizationId())).isEmpty();
	}

	@Test
	void an_administrator_issues_a_token_that_is_shown_once_and_works_on_the_api() throws Exception {
		SignedInUser admin = this.agency.admin();
		this.mvc.perform(get("/admin/tokens").with(signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<caption>"))))
			.andExpect(content().string(containsString("No API tokens have been issued yet.")))
			.andExpect(content().string(containsString("<label for=\"userId\"")))
			.andExpect(content().string(containsString("<label for=\"name\"")));
		MvcResult issued = this.mvc
			.perform(post("/admin/tokens").with(signedIn(admin))
				.with(csrf())
				.param("userId", this.agency.caseManager().id().toString())
				.param("name", "Nightly export"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/tokens"))
			.andExpect(flash().attributeExists("issuedToken"))
			.andReturn();
		String token = (String) issued.getFlashMap().get("issuedToken");
		assertThat(token).startsWith("tdm_");
		// the flash attribute travels in the session (kept in the database), as when a
		// browser follows the redirect
		Cookie session = issued.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/admin/tokens").with(signedIn(admin)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token)))
			.andExpect(content().string(containsString("it will not be shown again")))
			.andExpect(content().string(containsString("<caption>API tokens, newest first</caption>")))
			.andExpect(content().string(containsString("Nightly export")));
		this.mvc.perform(get("/admin/tokens").with(signedIn(admin)).cookie(session))
			.andExpect(content().string(not(containsString(token))));
		getAs(token, "/api/v1/cases").andExpect(status().isOk());
	}

	@Test
	void an_administrator_revokes_a_token_and_it_stops_working() throws Exception {
		String token = tokenOf(this.agency.caseManager());
		UUID tokenId = this.apiTokens.tokensIn(this.agency.organizationId()).get(0).id();
		this.mvc.perform(post("/admin/tokens/{id}/revoke", tokenId).with(signedIn(this.agency.admin())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/tokens"))
			.andExpect(flash().attributeExists("revokedTokenName"));
		getAs(token, "/api/v1/cases").andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/tokens").with(signedIn(this.agency.admin())))
			.andExpect(content().string(containsString("Revoked")));
	}

	@Test
	void issuing_without_a_name_or_for_someone_outside_the_organization_shows_the_errors_and_stores_nothing()
			throws Exception {
		var elsewhere = org.tandem.support.TestAgency.create(this.accounts);
		this.mvc
			.perform(post("/admin/tokens").with(signedIn(this.agency.admin()))
				.with(csrf())
				.param("userId", elsewhere.caseManager().id().toString())
				.param("name", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say what will use this token.")))
			.andExpect(content().string(containsString("Choose a member of staff of your organization.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.apiTokens.tokensIn(this.agency.organizationId())).isEmpty();
		assertThat(this.apiTokens.tokensIn(elsewhere.organizationId())).isEmpty();
	}

	@Test
	void the_tokens_page_speaks_spanish() throws Exception {
		this.mvc.perform(get("/admin/tokens").with(signedIn(this.agency.admin())).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tokens de API")))
			.andExpect(content().string(containsString("Miembro del personal")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
