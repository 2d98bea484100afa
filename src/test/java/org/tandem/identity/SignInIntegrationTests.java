package org.tandem.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form sign-in, lock-out, CSRF, sign-out and the session, through the real security
 * filters and the sessions kept in PostgreSQL. The application runs on its embedded web
 * server, so the session cookie and timeout are configured as in production (in a mock
 * servlet environment Spring Boot takes them from the mock servlet context instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	TestAgency agency;

	@BeforeEach
	void agency() {
		this.agency = TestAgency.create(this.accounts);
	}

	@Test
	void signing_in_with_the_right_password_goes_to_the_start_page_and_is_audited() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		this.mvc.perform(signIn(cm.username(), TestAgency.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where actor_id = ? and action = 'SIGN_IN'"
					+ " and organization_id = ? and remote_address = '127.0.0.1'")
			.params(cm.id(), cm.organizationId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void a_wrong_password_goes_back_to_the_sign_in_page_with_an_error() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		this.mvc.perform(signIn(cm.username(), "not-the-password")).andExpect(redirectedUrl("/signin?error"));
		this.mvc.perform(signIn("nobody-" + UUID.randomUUID(), "demo")).andExpect(redirectedUrl("/signin?error"));
		assertThat(failedSignIns(cm)).isEqualTo(1);
	}

	@Test
	void five_wrong_passwords_lock_the_account_even_against_the_right_password() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn(cm.username(), "guess-" + i)).andExpect(redirectedUrl("/signin?error"));
		}
		this.mvc.perform(signIn(cm.username(), TestAgency.PASSWORD)).andExpect(redirectedUrl("/signin?locked"));
		OffsetDateTime lockedUntil = this.jdbc.sql("select locked_until from app_user where id = ?")
			.param(cm.id())
			.query(OffsetDateTime.class)
			.single();
		assertThat(Duration.between(Instant.now(), lockedUntil.toInstant())).isBetween(Duration.ofMinutes(14),
				Duration.ofMinutes(15));
		// other accounts are not affected
		this.mvc.perform(signIn(this.agency.supervisor().username(), TestAgency.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void a_successful_sign_in_forgives_earlier_wrong_passwords() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(signIn(cm.username(), "guess-" + i)).andExpect(redirectedUrl("/signin?error"));
		}
		this.mvc.perform(signIn(cm.username(), TestAgency.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(failedSignIns(cm)).isZero();
		this.mvc.perform(signIn(cm.username(), "one-more-typo")).andExpect(redirectedUrl("/signin?error"));
		this.mvc.perform(signIn(cm.username(), TestAgency.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void a_post_without_the_csrf_token_is_refused() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		this.mvc.perform(post("/signin").param("username", cm.username()).param("password", TestAgency.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/signin").param("username", cm.username())
				.param("password", TestAgency.PASSWORD)
				.with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		Cookie[] session = signedInSession(cm);
		this.mvc.perform(post("/signout").cookie(session)).andExpect(status().isForbidden());
		// still signed in: the forged sign-out did nothing
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/my-work"));
	}

	@Test
	void signing_out_ends_the_session() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		Cookie[] session = signedInSession(cm);
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/my-work"));
		this.mvc.perform(post("/signout").cookie(session).with(csrf())).andExpect(redirectedUrl("/signin?signedout"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/signin"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where actor_id = ? and action = 'SIGN_OUT'"
					+ " and organization_id = ?")
			.params(cm.id(), cm.organizationId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(sessionsOf(cm)).isZero();
	}

	@Test
	void a_page_requested_without_signing_in_redirects_to_the_sign_in_page() throws Exception {
		this.mvc.perform(get("/my-work")).andExpect(status().isFound()).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/signin")).andExpect(status().isOk());
	}

	@Test
	void an_api_request_without_a_valid_token_is_refused_with_a_problem() throws Exception {
		this.mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json;charset=UTF-8"));
		this.mvc.perform(get("/api/v1/clients").header(HttpHeaders.AUTHORIZATION, "Bearer tdm_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void passwords_are_stored_as_bcrypt_hashes_never_as_typed() throws Exception {
		String password = "correct horse battery staple";
		String username = "newstaff-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.accounts
			.createStaff(
					new Accounts.NewStaff(this.agency.organizationId(), username, "New Staff", null, Role.CASE_MANAGER,
							this.agency.supervisor().id(), List.of(this.agency.generalProgram()), List.of("en")),
					password);
		String stored = this.jdbc.sql("select password_hash from app_user where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(password).doesNotContain("horse");
		assertThat(this.passwordEncoder.matches(password, stored)).isTrue();
		assertThat(this.passwordEncoder.matches("correct horse battery stapler", stored)).isFalse();
		assertThat(this.accounts.hash(password)).isNotEqualTo(stored).startsWith("{bcrypt}$2");
		this.mvc.perform(signIn(username, password)).andExpect(redirectedUrl("/"));
	}

	@Test
	void a_session_times_out_after_thirty_minutes_without_use() throws Exception {
		assertThat(this.environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
		SignedInUser cm = this.agency.caseManager();
		signedInSession(cm);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(cm.username())
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
	}

	@Test
	void the_session_cookie_is_http_only_and_same_site() throws Exception {
		MvcResult result = this.mvc.perform(signIn(this.agency.caseManager().username(), TestAgency.PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).anySatisfy(
				cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void a_case_manager_is_refused_the_administration_pages_and_each_refusal_is_audited() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		Cookie[] session = signedInSession(cm);
		this.mvc.perform(get("/admin/audit").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tokens").cookie(session)).andExpect(status().isForbidden());
		List<String> denied = this.jdbc
			.sql("select detail from audit_event where actor_id = ? and organization_id = ? and action = 'DENIED'"
					+ " and record_type = 'REQUEST' and remote_address = '127.0.0.1' order by id")
			.params(cm.id(), cm.organizationId())
			.query(String.class)
			.list();
		assertThat(denied).containsExactly("GET /admin/audit", "GET /admin/tokens");

		SignedInUser admin = this.agency.admin();
		Cookie[] adminSession = signedInSession(admin);
		MvcResult asAdmin = this.mvc.perform(get("/admin/audit").cookie(adminSession)).andReturn();
		assertThat(asAdmin.getResponse().getStatus()).isNotEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'DENIED'")
			.param(admin.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void over_real_http_a_refused_page_is_a_403_and_audited_exactly_once() throws Exception {
		SignedInUser cm = this.agency.caseManager();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> signInPage = browser.send(HttpRequest.newBuilder(url("/signin")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrfField = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage.body());
		assertThat(csrfField.find()).as("the sign-in form carries a CSRF token").isTrue();
		String form = "username=" + encode(cm.username()) + "&password=" + encode(TestAgency.PASSWORD) + "&_csrf="
				+ encode(csrfField.group(1));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/signin"))
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue(HttpHeaders.LOCATION))
			.hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));

		HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(url("/admin/audit")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where actor_id = ? and action = 'DENIED'"
					+ " and detail = 'GET /admin/audit'")
			.param(cm.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Cookie[] signedInSession(SignedInUser user) throws Exception {
		MvcResult result = this.mvc.perform(signIn(user.username(), TestAgency.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie[] cookies = result.getResponse().getCookies();
		assertThat(cookies).extracting(Cookie::getName).contains("SESSION");
		return cookies;
	}

	private static org.springframework.test.web.servlet.RequestBuilder signIn(String username, String password) {
		return post("/signin").param("username", username).param("password", password).with(csrf());
	}

	private int failedSignIns(SignedInUser user) {
		return this.jdbc.sql("select failed_sign_ins from app_user where id = ?")
			.param(user.id())
			.query(Integer.class)
			.single();
	}

	private long sessionsOf(SignedInUser user) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(user.username())
			.query(Long.class)
			.single();
	}

}
