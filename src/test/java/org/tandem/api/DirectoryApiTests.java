package org.tandem.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.directory.Directory;
import org.tandem.directory.HsdsFixtures;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory over HTTP: the HSDS read API (an API token's organization, or a published
 * directory for anyone), its pagination and filters; the pages and who may change what.
 */
@ApiTest
class DirectoryApiTests extends ApiTestSupport {

	@Autowired
	Directory directory;

	void load(int from, int to) {
		this.directory.importJson(this.agency.admin(), "services.json",
				new ByteArrayInputStream(HsdsFixtures.array(from, to).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void the_hsds_api_serves_the_token_holders_directory_in_pages_with_filters_combined() throws Exception {
		load(0, 45);
		String token = tokenOf(this.agency.caseManager());
		getAs(token, "/hsds/").andExpect(status().isOk()).andExpect(jsonPath("$.version").value("3.0"));
		getAs(token, "/hsds/services?per_page=20&page=3").andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(45))
			.andExpect(jsonPath("$.total_pages").value(3))
			.andExpect(jsonPath("$.page_number").value(3))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.last_page").value(true))
			.andExpect(jsonPath("$.contents.length()").value(5));
		UUID provider1 = HsdsFixtures.id("organization", 1);
		getAs(token, "/hsds/services?search=food&organization_id=" + provider1).andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(1))
			.andExpect(jsonPath("$.contents[0].name").value("Community food pantry 10"))
			.andExpect(jsonPath("$.contents[0].organization.name").value("Provider 1"))
			.andExpect(
					jsonPath("$.contents[0].service_at_locations[0].location.addresses[0].postal_code").value("95810"));
		getAs(token,
				"/hsds/services?taxonomy_term_id=" + taxonomyTerm("income") + "&modified_after=2026-09-30T00:00:00Z")
			.andExpect(jsonPath("$.total_items").value(10));
		getAs(token, "/hsds/services?modified_after=2026-10-02T00:00:00Z")
			.andExpect(jsonPath("$.total_items").value(0));
		getAs(token, "/hsds/services/{id}", HsdsFixtures.id("service", 10)).andExpect(status().isOk())
			.andExpect(jsonPath("$.application_process").value(containsString("Walk in")));
		getAs(token, "/hsds/services/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
		getAs(token, "/hsds/organizations").andExpect(jsonPath("$.total_items").value(5));
		getAs(token, "/hsds/taxonomy_terms").andExpect(jsonPath("$.total_items").value(9));
		getAs(token, "/hsds/services?per_page=500").andExpect(status().isBadRequest());
		// another organization's token sees its own, empty, directory
		var other = org.tandem.support.TestAgency.create(this.accounts);
		getAs(tokenOf(other, other.caseManager()), "/hsds/services").andExpect(jsonPath("$.total_items").value(0));
	}

	@Test
	void without_a_token_only_a_published_directory_can_be_read() throws Exception {
		load(0, 3);
		this.mvc.perform(get("/hsds/services")).andExpect(status().isUnauthorized());
		String slug = "agency-" + this.agency.organizationId().toString().substring(0, 8);
		this.mvc.perform(get("/hsds/o/{slug}/services", slug)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/admin/directory/publication").param("publicSlug", slug)
				.param("publicRead", "on")
				.with(signedIn(this.agency.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/directory"));
		this.mvc.perform(get("/hsds/o/{slug}/services", slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(3));
		this.mvc.perform(get("/hsds/o/{slug}/services/{id}", slug, HsdsFixtures.id("service", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Community food pantry 0"));
	}

	@Test
	void the_search_page_finds_food_near_a_postal_code_and_the_service_page_links_to_a_referral() throws Exception {
		load(0, 30);
		SignedInUser cm = this.agency.caseManager();
		UUID pantry = HsdsFixtures.id("service", 20);
		this.mvc.perform(get("/directory").param("q", "food").param("near", "95820").with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/directory/services/" + pantry + "\""),
					containsString("Community food pantry 20"), not(containsString("Neighborhood service")))));
		this.mvc.perform(get("/directory/services/{id}", pantry).with(signedIn(cm)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/referrals/new?service=" + pantry + "\""),
					containsString("Walk in during opening hours"), containsString("555-0120"),
					not(containsString("/directory/services/" + pantry + "/edit")))));
		this.mvc.perform(get("/directory/services/{id}/edit", pantry).with(signedIn(cm)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory").param("q", "comida").param("lang", "es").with(signedIn(cm)))
			.andExpect(content().string(containsString("Ningún servicio coincide.")));
	}

	@Test
	void a_keeper_edits_a_service_a_bad_form_comes_back_and_stores_nothing() throws Exception {
		load(0, 3);
		SignedInUser admin = this.agency.admin();
		UUID id = HsdsFixtures.id("service", 1);
		this.mvc
			.perform(post("/directory/services/{id}/edit", id).param("name", "")
				.param("status", "active")
				.param("url", "ftp://x")
				.param("version", "0")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#name\""),
					containsString("href=\"#url\""))));
		assertThat(this.directory.details(admin, id).name()).isEqualTo("Neighborhood service 1");
		this.mvc
			.perform(post("/directory/services/{id}/edit", id).param("name", "Renamed service")
				.param("status", "active")
				.param("applicationProcess", "Call first")
				.param("version", "0")
				.with(signedIn(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/directory/services/" + id));
		assertThat(this.directory.details(admin, id).applicationProcess()).isEqualTo("Call first");
		this.mvc.perform(post("/directory/services/{id}/verify", id).with(signedIn(admin)).with(csrf()))
			.andExpect(redirectedUrl("/directory/services/" + id));
	}

	@Test
	void an_administrator_imports_a_file_and_a_bad_one_is_reported_line_by_line() throws Exception {
		SignedInUser admin = this.agency.admin();
		String bad = HsdsFixtures.array(0, 2).replaceFirst("\"status\" : \"active\"", "\"status\" : \"open\"");
		String rejected = imported(admin,
				new MockMultipartFile("file", "bad.json", "application/json", bad.getBytes(StandardCharsets.UTF_8)));
		assertThat(rejected).contains("id=\"import-problems\"").contains("bad.json, line 1, field status");
		assertThat(this.jdbc.sql("select count(*) from dir_service where tenant_id = ?")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single()).isZero();
		assertThat(imported(admin,
				new MockMultipartFile("file", "good.json", "application/json",
						HsdsFixtures.array(0, 4).getBytes(StandardCharsets.UTF_8))))
			.contains("4 services imported or updated");
		this.mvc.perform(get("/directory/export.json").with(signedIn(this.agency.caseManager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(4));
		this.mvc.perform(get("/admin/directory").with(signedIn(this.agency.caseManager())))
			.andExpect(status().isForbidden());
	}

	/**
	 * Uploads the file, follows the redirect to the import's progress page and polls it
	 * (as the page does) until the import is over; returns the last status shown.
	 */
	private String imported(SignedInUser user, MockMultipartFile file) throws Exception {
		String progress = this.mvc
			.perform(multipart("/admin/directory/import").file(file).with(signedIn(user)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(progress).startsWith("/admin/directory/imports/");
		assertThat(this.mvc.perform(get(progress).with(signedIn(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"import-status\"");
		// nobody else follows the import (a supervisor is not even let into /admin)
		this.mvc.perform(get(progress).with(signedIn(this.agency.supervisor()))).andExpect(status().isForbidden());
		for (int poll = 0; poll < 300; poll++) {
			String status = this.mvc.perform(get(progress).header("HX-Request", "true").with(signedIn(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!status.contains("hx-trigger")) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not end within 30 s");
	}

	private static String taxonomyTerm(String code) {
		return UUID.nameUUIDFromBytes(("tandem-taxonomy:" + code).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static RequestPostProcessor signedIn(SignedInUser user) {
		return user(new StaffPrincipal(user, "unused", true, false));
	}

}
