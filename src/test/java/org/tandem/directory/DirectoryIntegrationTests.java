package org.tandem.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.standards.Task;
import org.tandem.standards.Tasks;
import org.tandem.support.FixedClockConfiguration;
import org.tandem.support.IntegrationTest;
import org.tandem.support.MutableClock;
import org.tandem.support.TestAgency;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory on real PostgreSQL: HSDS import and export, the workers' search, the
 * keepers' edits and confirmations, and the CA-CM 4.03 obligations they make.
 */
@IntegrationTest
@Import(FixedClockConfiguration.class)
class DirectoryIntegrationTests {

	static final Path OFFICIAL_SCHEMAS = Path.of("../shared/hsds-3.0");

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	Tasks tasks;

	@Autowired
	org.tandem.standards.StandardsEngine engine;

	@Autowired
	JdbcClient jdbc;

	TestAgency agency;

	SignedInUser admin;

	@BeforeEach
	void anAgencyOnMondayNovemberSecond() {
		this.clock.set(Instant.parse("2026-11-02T18:00:00Z"));
		this.agency = TestAgency.create(this.accounts);
		this.admin = this.agency.admin();
	}

	private HsdsExchange.ImportResult load(SignedInUser user, String json) {
		return this.directory.importJson(user, "services.json",
				new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private String export(SignedInUser user) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.directory.export(user, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private long services(UUID tenant) {
		return this.jdbc.sql("select count(*) from dir_service where tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single();
	}

	@Test
	void food_near_a_postal_code_finds_the_pantries_closest_first() {
		load(this.admin, HsdsFixtures.array(0, 60));
		Directory.Results results = this.directory.search(this.agency.caseManager(),
				new Directory.SearchQuery("food", null, null, false, "95820", 5));
		assertThat(results.unknownPostalCode()).isFalse();
		assertThat(results.hits()).extracting(Directory.Hit::name).first().isEqualTo("Community food pantry 20");
		assertThat(results.hits()).allSatisfy(h -> assertThat(h.name()).startsWith("Community food pantry"))
			.allSatisfy(h -> assertThat(h.km()).isLessThanOrEqualTo(5.0));
		assertThat(results.hits()).extracting(Directory.Hit::km).isSorted();
	}

	@Test
	void filters_combine_category_language_and_open_now_in_the_organizations_zone() {
		load(this.admin, HsdsFixtures.array(0, 30));
		SignedInUser cm = this.agency.caseManager();
		UUID housing = DefaultTaxonomy.idOf("housing");
		assertThat(this.directory.search(cm, new Directory.SearchQuery(null, housing, null, false, null, null)).hits())
			.extracting(Directory.Hit::name)
			.containsExactlyInAnyOrder("Neighborhood service 11", "Neighborhood service 2", "Neighborhood service 29");
		UUID income = DefaultTaxonomy.idOf("income");
		assertThat(this.directory.search(cm, new Directory.SearchQuery(null, income, "es", false, null, null)).hits())
			.extracting(Directory.Hit::name)
			.containsExactly("Community food pantry 0");
		// 18:00 UTC on a Monday is 13:00 in New York: open
		assertThat(this.directory.search(cm, new Directory.SearchQuery(null, housing, null, true, null, null)).hits())
			.hasSize(3);
		// 23:00 UTC is 18:00 in New York: closed
		this.clock.set(Instant.parse("2026-11-02T23:00:00Z"));
		assertThat(this.directory.search(cm, new Directory.SearchQuery(null, housing, null, true, null, null)).hits())
			.isEmpty();
		assertThat(this.directory.search(cm, new Directory.SearchQuery("food", null, null, false, "00000", null))
			.unknownPostalCode()).isTrue();
	}

	@Test
	void a_service_shows_how_to_access_it_its_contact_hours_and_languages() {
		load(this.admin, HsdsFixtures.array(0, 10));
		Directory.ServiceDetails s = this.directory.details(this.agency.caseManager(), HsdsFixtures.id("service", 0));
		assertThat(s.name()).isEqualTo("Community food pantry 0");
		assertThat(s.organizationName()).isEqualTo("Provider 0");
		assertThat(s.applicationProcess()).startsWith("Walk in during opening hours");
		assertThat(s.phones()).extracting(Directory.Phone::number).containsExactly("555-0100");
		assertThat(s.hours()).extracting(Directory.Hours::days).containsExactly("MO,TU,WE,TH,FR");
		assertThat(s.languages()).containsExactlyInAnyOrder("English", "Spanish");
		assertThat(s.places()).extracting(Directory.Place::address)
			.containsExactly("0 Main Street, Riverside, CA 95800");
		assertThat(s.categories()).containsExactly("Public assistance and income");
		// confirmed 2026-01-15: more than the policy's 12 months? no, ten months
		assertThat(s.stale()).isFalse();
	}

	@Test
	void the_lookup_for_referrals_reads_one_service_and_searches_active_ones_only() {
		load(this.admin, HsdsFixtures.array(0, 30));
		UUID pantry = HsdsFixtures.id("service", 10);
		assertThat(this.directory.service(this.agency.organizationId(), pantry)).hasValueSatisfying(s -> {
			assertThat(s.name()).isEqualTo("Community food pantry 10");
			assertThat(s.organizationName()).isEqualTo("Provider 1");
			assertThat(s.howToAccess()).startsWith("Walk in");
			assertThat(s.phone()).isEqualTo("555-0110");
		});
		SignedInUser keeper = this.admin;
		Directory.ServiceDetails before = this.directory.details(keeper, pantry);
		this.directory.edit(keeper, pantry,
				new Directory.ServiceEdit(before.name(), "temporarily closed", before.description(),
						before.applicationProcess(), before.eligibility(), before.fees(), null, null, "555-0110"),
				before.version());
		assertThat(this.directory.search(this.agency.organizationId(), "food pantry", 10))
			.extracting(DirectoryLookup.DirectoryService::name)
			.containsExactlyInAnyOrder("Community food pantry 0", "Community food pantry 20");
		// another organization sees none of it
		TestAgency other = TestAgency.create(this.accounts);
		assertThat(this.directory.service(other.organizationId(), pantry)).isEmpty();
	}

	@Test
	void the_export_is_valid_hsds_3_0_against_the_official_schemas() {
		Assumptions.assumeTrue(Files.isDirectory(OFFICIAL_SCHEMAS),
				"the official HSDS 3.0 schemas are not in ../shared/hsds-3.0, so the export cannot be checked against them");
		load(this.admin, HsdsFixtures.array(0, 25));
		HsdsSchemas official = HsdsSchemas.in(OFFICIAL_SCHEMAS);
		JsonNode page = HsdsFixtures.JSON.readTree(export(this.admin));
		assertThat(page.path("total_items").asInt()).isEqualTo(25);
		assertThat(page.path("contents")).hasSize(25);
		for (JsonNode service : page.path("contents")) {
			assertThat(official.checkService(service)).as(service.path("id").asString()).isEmpty();
			for (JsonNode attribute : service.path("attributes")) {
				assertThat(official.checkTaxonomyTerm(attribute.path("taxonomy_term"))).isEmpty();
			}
		}
	}

	@Test
	void export_import_export_is_the_same_bytes() {
		load(this.admin, HsdsFixtures.array(0, 40));
		String first = export(this.admin);
		TestAgency other = TestAgency.create(this.accounts);
		load(other.admin(), first);
		assertThat(export(other.admin())).isEqualTo(first);
		// and importing it again over itself changes nothing either
		load(this.admin, first);
		assertThat(export(this.admin)).isEqualTo(first);
	}

	@Test
	void a_service_missing_a_required_field_is_named_by_file_line_and_field_and_nothing_is_imported() {
		load(this.admin, HsdsFixtures.array(0, 3));
		List<ObjectNode> services = List.of(HsdsFixtures.service(3), HsdsFixtures.service(4), HsdsFixtures.service(5));
		services.get(1).remove("name");
		String json = HsdsFixtures.array(services);
		int line = lineOf(json, HsdsFixtures.id("service", 4).toString()) - 1;
		assertThatThrownBy(() -> load(this.admin, json)).isInstanceOfSatisfying(HsdsExchange.ImportRejected.class,
				rejected -> assertThat(rejected.problems()).singleElement().satisfies(p -> {
					assertThat(p.file()).isEqualTo("services.json");
					assertThat(p.line()).isEqualTo(line);
					assertThat(p.field()).isEqualTo("name");
					assertThat(p.toString()).startsWith("services.json, line " + line + ", field name: ");
				}));
		assertThat(services(this.agency.organizationId())).isEqualTo(3);
	}

	@Test
	void an_unknown_taxonomy_term_is_refused_and_nothing_is_imported() {
		ObjectNode service = HsdsFixtures.service(7);
		UUID unknown = UUID.fromString("00000000-0000-0000-0000-00000000abcd");
		((ObjectNode) service.path("attributes").get(0)).put("taxonomy_term_id", unknown.toString());
		assertThatThrownBy(() -> load(this.admin, HsdsFixtures.array(List.of(HsdsFixtures.service(6), service))))
			.isInstanceOfSatisfying(HsdsExchange.ImportRejected.class,
					rejected -> assertThat(rejected.problems()).singleElement().satisfies(p -> {
						assertThat(p.field()).isEqualTo("attributes[0].taxonomy_term_id");
						assertThat(p.message()).contains("unknown taxonomy term " + unknown);
					}));
		assertThat(services(this.agency.organizationId())).isZero();
	}

	@Test
	void a_duplicate_id_is_refused_with_both_lines_and_nothing_is_imported() {
		ObjectNode copy = HsdsFixtures.service(8);
		copy.put("name", "A second entry with the same id");
		String json = HsdsFixtures.array(List.of(HsdsFixtures.service(8), HsdsFixtures.service(9), copy));
		int first = lineOf(json, HsdsFixtures.id("service", 8).toString()) - 1;
		assertThatThrownBy(() -> load(this.admin, json)).isInstanceOfSatisfying(HsdsExchange.ImportRejected.class,
				rejected -> assertThat(rejected.problems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("id");
					assertThat(p.message()).startsWith("duplicate id " + HsdsFixtures.id("service", 8))
						.endsWith("the service on line " + first + " has it too");
				}));
		assertThat(services(this.agency.organizationId())).isZero();
	}

	@Test
	void a_file_that_is_not_json_is_refused_with_its_line() {
		assertThatThrownBy(() -> load(this.admin, "[\n{\"id\": \n")).isInstanceOfSatisfying(
				HsdsExchange.ImportRejected.class,
				rejected -> assertThat(rejected.problems().get(0).message()).startsWith("is not valid JSON"));
	}

	@Test
	void only_keepers_and_administrators_change_the_directory() {
		load(this.admin, HsdsFixtures.array(0, 2));
		UUID id = HsdsFixtures.id("service", 1);
		SignedInUser cm = this.agency.caseManager();
		assertThat(this.directory.mayKeep(cm)).isFalse();
		assertThatThrownBy(() -> this.directory.verify(cm, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> load(cm, HsdsFixtures.array(2, 3))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.directory.setKeepers(cm, Set.of(cm.id())))
			.isInstanceOf(AccessDeniedException.class);
		this.directory.setKeepers(this.admin, Set.of(cm.id()));
		assertThat(this.directory.mayKeep(cm)).isTrue();
		this.directory.verify(cm, id);
		assertThat(this.directory.details(cm, id).assuredDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
	}

	@Test
	void a_bad_edit_names_its_fields_and_stores_nothing() {
		load(this.admin, HsdsFixtures.array(0, 2));
		UUID id = HsdsFixtures.id("service", 1);
		Directory.ServiceDetails before = this.directory.details(this.admin, id);
		assertThatThrownBy(() -> this.directory.edit(this.admin, id,
				new Directory.ServiceEdit(" ", "open", null, null, null, null, "ftp://x", "not-an-email", null),
				before.version()))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations()).extracting(InvalidInput.Violation::field)
						.containsExactlyInAnyOrder("name", "status", "url", "email"));
		assertThatThrownBy(() -> this.directory.edit(this.admin, id,
				new Directory.ServiceEdit("New name", "active", null, null, null, null, null, null, null),
				before.version() - 1))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.violations().get(0).rule()).isEqualTo("stale"));
		assertThat(this.directory.details(this.admin, id).name()).isEqualTo(before.name());
	}

	@Test
	void an_entry_not_confirmed_within_twelve_months_is_a_task_for_the_keeper_until_confirmed() {
		ObjectNode old = HsdsFixtures.service(1);
		old.put("assured_date", "2025-09-15");
		load(this.admin, HsdsFixtures.array(List.of(old, HsdsFixtures.service(2))));
		UUID id = HsdsFixtures.id("service", 1);
		assertThat(this.directory.details(this.admin, id).stale()).isTrue();
		List<Task> due = this.tasks.dueFor(this.admin);
		assertThat(due).filteredOn(t -> t.rule().equals("CA-CM 4.03")).singleElement().satisfies(t -> {
			assertThat(t.overdue()).isTrue();
			assertThat(t.detail()).containsExactly("Neighborhood service 1");
			assertThat(t.dueAt()).isEqualTo(Instant.parse("2026-09-15T00:00:00Z"));
		});
		// a keeper named by the administrator answers for it from now on
		SignedInUser supervisor = this.agency.supervisor();
		this.directory.setKeepers(this.admin, Set.of(supervisor.id()));
		assertThat(this.tasks.dueFor(supervisor)).filteredOn(t -> t.rule().equals("CA-CM 4.03")).hasSize(1);
		this.directory.verify(supervisor, id);
		assertThat(this.tasks.dueFor(supervisor)).filteredOn(t -> t.rule().equals("CA-CM 4.03")).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from obligation where organization_id = ? and rule = 'CA-CM 4.03'"
					+ " and subject_id = ? and satisfied_at is not null and satisfied_at > due_at")
			.params(this.agency.organizationId(), id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.directory.details(this.admin, id).stale()).isFalse();
		// the incremental obligations are the ones a recompute finds
		List<String> incremental = obligations();
		this.engine.recompute(this.agency.organizationId());
		assertThat(obligations()).isEqualTo(incremental).hasSize(3);
	}

	private List<String> obligations() {
		return this.jdbc
			.sql("select concat_ws('|', subject_id, period_key, responsible_id, due_at, satisfied_at) from obligation"
					+ " where organization_id = ? and rule = 'CA-CM 4.03' order by subject_id, period_key")
			.param(this.agency.organizationId())
			.query(String.class)
			.list();
	}

	@Test
	void the_tabular_data_package_holds_one_csv_per_table_described_by_datapackage_json() throws Exception {
		ObjectNode quoted = HsdsFixtures.service(1);
		quoted.put("description", "Meals, groceries and \"more\"");
		load(this.admin, HsdsFixtures.array(List.of(HsdsFixtures.service(0), quoted, HsdsFixtures.service(2))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.directory.exportDataPackage(this.admin, out);
		java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new ByteArrayInputStream(out.toByteArray()))) {
			for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		JsonNode datapackage = HsdsFixtures.JSON.readTree(files.get("datapackage.json"));
		assertThat(datapackage.path("profile").asString()).isEqualTo("tabular-data-package");
		List<String> paths = new java.util.ArrayList<>();
		datapackage.path("resources").forEach(r -> paths.add(r.path("path").asString()));
		assertThat(files.keySet()).containsAll(paths).contains("datapackage.json");
		assertThat(paths).contains("services.csv", "organizations.csv", "locations.csv", "addresses.csv", "phones.csv",
				"schedules.csv", "languages.csv", "attributes.csv", "taxonomy_terms.csv");
		String[] services = files.get("services.csv").split("\r\n");
		assertThat(services).hasSize(4);
		assertThat(services[0]).startsWith("id,organization_id,name,alternate_name,description,");
		assertThat(files.get("services.csv")).contains("\"Meals, groceries and \"\"more\"\"\"");
		assertThat(files.get("taxonomy_terms.csv").split("\r\n")).hasSize(4);
		// the same directory gives the same bytes
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		this.directory.exportDataPackage(this.admin, again);
		assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
	}

	private byte[] dataPackage(SignedInUser user) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.directory.exportDataPackage(user, out);
		return out.toByteArray();
	}

	@Test
	void a_data_package_exported_then_imported_elsewhere_exports_the_same_bytes() {
		load(this.admin, HsdsFixtures.array(0, 30));
		byte[] first = dataPackage(this.admin);
		TestAgency other = TestAgency.create(this.accounts);
		this.directory.importDataPackage(other.admin(), "directory.zip", new ByteArrayInputStream(first));
		assertThat(dataPackage(other.admin())).isEqualTo(first);
		assertThat(export(other.admin())).isEqualTo(export(this.admin));
	}

	@Test
	void a_bad_row_of_a_data_package_is_named_by_its_csv_file_line_and_column_and_nothing_is_imported()
			throws Exception {
		load(this.admin, HsdsFixtures.array(0, 3));
		java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new ByteArrayInputStream(dataPackage(this.admin)))) {
			for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				files.put(e.getName(), zip.readAllBytes());
			}
		}
		String[] phones = new String(files.get("phones.csv"), StandardCharsets.UTF_8).split("\r\n");
		// the second phone loses its number
		phones[2] = phones[2].replaceFirst(",555-01\\d\\d,", ",,");
		files.put("phones.csv", (String.join("\r\n", phones) + "\r\n").getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(broken)) {
			for (var e : files.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		TestAgency other = TestAgency.create(this.accounts);
		assertThatThrownBy(() -> this.directory.importDataPackage(other.admin(), "directory.zip",
				new ByteArrayInputStream(broken.toByteArray())))
			.isInstanceOfSatisfying(HsdsExchange.ImportRejected.class,
					rejected -> assertThat(rejected.problems()).singleElement().satisfies(p -> {
						assertThat(p.file()).as(p.toString()).isEqualTo("phones.csv");
						assertThat(p.line()).isEqualTo(3);
						assertThat(p.field()).isEqualTo("number");
					}));
		assertThat(services(other.organizationId())).isZero();
	}

	private static int lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

}
