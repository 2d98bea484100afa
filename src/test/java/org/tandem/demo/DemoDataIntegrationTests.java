package org.tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.tandem.cases.CaseStatus;
import org.tandem.identity.Role;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agency as it lands in a fresh database: loaded once at start-up, through the
 * services, in the shape of its plan. A context of its own (with its own fresh database),
 * since the other integration tests keep demo data off.
 */
@IntegrationTest
@TestPropertySource(properties = "tandem.demo-data=on")
class DemoDataIntegrationTests {

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		DemoTestDatabase.register(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	Clock clock;

	@Test
	void the_agency_is_riverside_family_services_in_pacific_time_with_its_two_programs() {
		assertThat(this.jdbc.sql("select name || ' / ' || time_zone from organization").query(String.class).list())
			.containsExactly("Riverside Family Services / America/Los_Angeles");
		assertThat(this.jdbc.sql("select name || ' / ' || kind from program order by name").query(String.class).list())
			.containsExactly("Case Management / CASE_MANAGEMENT",
					"Intensive Case Management / INTENSIVE_CASE_MANAGEMENT");
	}

	@Test
	void the_five_demo_users_have_their_roles_and_sign_in_with_the_password_demo() {
		Map<String, Role> expected = Map.of("admin", Role.ADMINISTRATOR, "director", Role.PROGRAM_DIRECTOR,
				"supervisor", Role.SUPERVISOR, "casemanager", Role.CASE_MANAGER, "reviewer", Role.PEER_REVIEWER);
		expected.forEach((username, role) -> {
			String hash = this.jdbc.sql("select password_hash from app_user where username = ? and role = ?")
				.params(username, role.name())
				.query(String.class)
				.single();
			assertThat(this.passwordEncoder.matches("demo", hash)).as(username).isTrue();
			assertThat(this.passwordEncoder.matches("not-demo", hash)).as(username).isFalse();
		});
		assertThat(this.jdbc
			.sql("select s.username from app_user u join app_user s on s.id = u.supervisor_id"
					+ " where u.username = 'casemanager'")
			.query(String.class)
			.single()).isEqualTo("supervisor");
	}

	@Test
	void about_twelve_staff_serve_about_a_hundred_and_twenty_people() {
		assertThat(count("app_user")).isBetween(10L, 14L);
		assertThat(count("client")).isBetween(110L, 130L);
		assertThat(
				this.jdbc.sql("select count(*) from app_user where 'es' = any(languages)").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(
				this.jdbc.sql("select count(*) from app_user where 'vi' = any(languages)").query(Long.class).single())
			.isGreaterThanOrEqualTo(1);
		assertThat(count("household_member")).isPositive();
		assertThat(count("natural_support")).isPositive();
	}

	@Test
	void cases_stand_in_every_status_and_the_intensive_program_has_cases() {
		assertThat(casesByStatus().keySet()).containsExactlyInAnyOrder(CaseStatus.values());
		assertThat(this.jdbc
			.sql("select count(*) from case_file c join program p on p.id = c.program_id"
					+ " where p.kind = 'INTENSIVE_CASE_MANAGEMENT'")
			.query(Long.class)
			.single()).isGreaterThan(10);
		assertThat(this.jdbc.sql("select count(*) from case_file where status = 'INQUIRY' and worker_id is null")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void people_on_the_waiting_list_have_waited_since_their_case_reached_it_not_since_the_demo_was_loaded() {
		assertThat(this.jdbc.sql("select count(*) from waiting_list_entry where closed_at is null")
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.jdbc
			.sql("select count(*) from waiting_list_entry e join case_file c on c.id = e.case_id"
					+ " where e.closed_at is null and e.placed_at <> c.status_changed_at")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void screenings_referrals_out_and_initial_assessments_are_dated_with_the_histories_they_belong_to() {
		// every case that reached screening was screened, when it reached it
		assertThat(this.jdbc
			.sql("select count(*) from case_status_change s left join intake_screening i on i.case_id = s.case_id"
					+ " and i.occurred_at = s.changed_at where s.to_status = 'SCREENING' and i.id is null")
			.query(Long.class)
			.single()).isZero();
		assertThat(count("intake_screening")).isPositive();
		// every case that moved from assessment to planning has a signed initial
		// assessment, conducted after its intake and signed before planning began
		assertThat(this.jdbc
			.sql("select count(*) from case_status_change p where p.from_status = 'ASSESSMENT'"
					+ " and p.to_status = 'PLANNING' and not exists (select 1 from assessment a where"
					+ " a.case_id = p.case_id and a.kind = 'INITIAL' and a.status = 'COMPLETED'"
					+ " and a.completed_at < p.changed_at and a.conducted_at >= (select min(changed_at)"
					+ " from case_status_change i where i.case_id = p.case_id and i.to_status = 'INTAKE'))")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from assessment where completed_at > now() - interval '1 hour'")
			.query(Long.class)
			.single()).isZero();
		// people closed before intake were referred on: CA-CM 3.02.5 is met, not missed
		assertThat(this.jdbc
			.sql("select count(*) from obligation where rule = 'CA-CM 3.02.5' and satisfied_at is null"
					+ " and waived_reason is null and due_at < now()")
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("select count(*) from obligation where rule = 'CA-CM 3.03' and satisfied_at is not null")
					.query(Long.class)
					.single())
			.isPositive();
	}

	@Test
	void the_cases_stand_as_the_fixed_seed_says_every_time() {
		assertThat(casesByStatus()).isEqualTo(DemoAgencyTests.EXPECTED_CASES_BY_STATUS);
		DemoAgency plan = DemoAgency.plan(LocalDate.now(this.clock.withZone(DemoAgency.TIME_ZONE)));
		assertThat(count("case_contact")).isEqualTo(plan.enrollments()
			.stream()
			.flatMap(e -> e.steps().stream())
			.filter(s -> s instanceof DemoAgency.ContactStep)
			.count());
	}

	@Test
	void the_history_is_dated_over_past_months_and_follows_the_lifecycle() {
		OffsetDateTime oldest = this.jdbc.sql("select min(opened_at) from case_file")
			.query(OffsetDateTime.class)
			.single();
		OffsetDateTime newest = this.jdbc
			.sql("select greatest((select max(changed_at) from case_status_change),"
					+ " (select max(contact_at) from case_contact), (select max(assigned_from) from case_assignment))")
			.query(OffsetDateTime.class)
			.single();
		assertThat(oldest.toInstant()).isBefore(this.clock.instant().minusSeconds(180L * 24 * 3600));
		assertThat(newest.toInstant()).isBefore(this.clock.instant());
		// every change was recorded by the service, which allows only CaseStatus.next()
		List<String> steps = this.jdbc
			.sql("select coalesce(from_status, '-') || '>' || to_status from case_status_change")
			.query(String.class)
			.list();
		assertThat(steps).allSatisfy(step -> {
			String[] fromTo = step.split(">");
			if (!fromTo[0].equals("-")) {
				assertThat(CaseStatus.valueOf(fromTo[0]).mayMoveTo(CaseStatus.valueOf(fromTo[1]))).as(step).isTrue();
			}
		});
		assertThat(this.jdbc
			.sql("select count(*) from case_file c where opened_at > status_changed_at"
					+ " or exists (select 1 from case_contact k where k.case_id = c.id and k.contact_at < c.opened_at)")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from (select case_id from case_assignment group by case_id having count(*) > 1) r")
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select count(distinct kind) from case_contact").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void every_service_call_of_the_load_is_in_the_audit_trail_under_a_demo_user() {
		assertThat(this.jdbc
			.sql("select count(*) from audit_event a join app_user u on u.id = a.actor_id where a.action = 'CREATE'"
					+ " and a.record_type = 'CLIENT'")
			.query(Long.class)
			.single()).isEqualTo(count("client"));
	}

	@Test
	void a_second_run_loads_nothing_more() throws Exception {
		long clients = count("client");
		long contacts = count("case_contact");
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("organization")).isEqualTo(1);
		assertThat(count("client")).isEqualTo(clients);
		assertThat(count("case_contact")).isEqualTo(contacts);
	}

	@Autowired
	org.tandem.workforce.PersonnelBinder binder;

	@Test
	void the_personnel_binder_built_from_the_demo_holds_every_section_pa_cm_2_lists() throws Exception {
		org.tandem.identity.SignedInUser admin = this.jdbc
			.sql("select id, organization_id, display_name from app_user where username = 'admin'")
			.query((rs, n) -> new org.tandem.identity.SignedInUser(rs.getObject(1, java.util.UUID.class),
					rs.getObject(2, java.util.UUID.class), "admin", rs.getString(3), Role.ADMINISTRATOR))
			.single();
		java.util.List<Integer> progress = new java.util.ArrayList<>();
		org.tandem.workforce.BinderDocument binder = org.tandem.support.SignedIn.as(admin,
				() -> this.binder.build(admin, java.util.Locale.ENGLISH, progress::add));
		assertThat(progress).isSorted().endsWith(100);
		String text;
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(binder.pdf())) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Personnel evidence binder (PA-CM 2)", "Riverside Family Services",
				"Table of contents of training curricula", "Public benefits essentials", "Eligibility and documents",
				"Procedures on continuity and case assignment", "knows the family first",
				"Sample job descriptions across job categories", "Case Management Supervisor", "Program Director",
				"Training and competency completion tracking", "Darnell Carter",
				"Caseload size requirements set by policy, regulation or contract", "10 to 15",
				"Current caseload size per worker", "Jordan Ellis", "Intensive Case Management");
		java.util.List<String> entries = new java.util.ArrayList<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(binder.zip()))) {
			for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).containsExactly("01-training-curricula.csv", "02-continuity-and-assignment.csv",
				"03-job-descriptions.csv", "04-training-tracking.csv", "05-caseload-requirements.csv",
				"06-caseload-per-worker.csv");
	}

	@Test
	void the_directory_holds_two_dozen_services_with_food_pantries_and_some_entries_to_confirm() {
		assertThat(count("dir_service")).isEqualTo(24);
		assertThat(
				this.jdbc.sql("select count(*) from dir_service where name like '%Food%'").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql(
				"select count(*) from obligation where rule = 'CA-CM 4.03' and satisfied_at is null and due_at < now()")
			.query(Long.class)
			.single()).isPositive();
	}

	private Map<CaseStatus, Long> casesByStatus() {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		this.jdbc.sql("select status, count(*) as n from case_file group by status")
			.query((rs, n) -> counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
