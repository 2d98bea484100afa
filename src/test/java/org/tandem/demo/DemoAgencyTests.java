package org.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.tandem.cases.CaseStatus;
import org.tandem.cases.ContactKind;
import org.tandem.clients.Demographics;
import org.tandem.demo.DemoAgency.AssignStep;
import org.tandem.demo.DemoAgency.ContactStep;
import org.tandem.demo.DemoAgency.Enrollment;
import org.tandem.demo.DemoAgency.StatusStep;
import org.tandem.demo.DemoAgency.Step;
import org.tandem.identity.Program;
import org.tandem.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo agency's plan, without a database: fast checks of its shape and its rules. */
class DemoAgencyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	/**
	 * How the fixed seed's cases stand (see {@link #the_fixed_seed_gives_these_cases}).
	 */
	static final Map<CaseStatus, Long> EXPECTED_CASES_BY_STATUS = Map.of(CaseStatus.INQUIRY, 14L, CaseStatus.SCREENING,
			10L, CaseStatus.WAITING_LIST, 11L, CaseStatus.INTAKE, 11L, CaseStatus.ASSESSMENT, 7L, CaseStatus.PLANNING,
			6L, CaseStatus.ACTIVE, 36L, CaseStatus.CLOSING, 7L, CaseStatus.CLOSED, 30L);

	final DemoAgency agency = DemoAgency.plan(TODAY);

	@Test
	void the_same_day_always_gives_the_same_agency() {
		assertThat(DemoAgency.plan(TODAY)).isEqualTo(this.agency);
	}

	@Test
	void another_day_gives_the_same_shape_with_its_dates_moved() {
		DemoAgency later = DemoAgency.plan(TODAY.plusDays(101));
		assertThat(later.casesByStatus()).isEqualTo(this.agency.casesByStatus());
		assertThat(later.people()).extracting(p -> p.details().givenName() + " " + p.details().familyName())
			.isEqualTo(this.agency.people()
				.stream()
				.map(p -> p.details().givenName() + " " + p.details().familyName())
				.toList());
		assertThat(steps(later)).hasSameSizeAs(steps(this.agency));
	}

	/**
	 * The numbers of the fixed seed. A change to the generator changes them: update them
	 * on purpose, never to make a flaky test pass (the plan has no other source of
	 * chance).
	 */
	@Test
	void the_fixed_seed_gives_these_cases() {
		assertThat(this.agency.people()).hasSize(120);
		assertThat(this.agency.casesByStatus()).isEqualTo(EXPECTED_CASES_BY_STATUS);
	}

	@Test
	void the_agency_has_about_twelve_staff_with_one_featured_sign_in_per_role() {
		assertThat(this.agency.staff()).hasSizeBetween(10, 14);
		assertThat(this.agency.signIns()).extracting(DemoAgency.StaffMember::username, DemoAgency.StaffMember::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("admin", Role.ADMINISTRATOR),
					org.assertj.core.groups.Tuple.tuple("director", Role.PROGRAM_DIRECTOR),
					org.assertj.core.groups.Tuple.tuple("supervisor", Role.SUPERVISOR),
					org.assertj.core.groups.Tuple.tuple("casemanager", Role.CASE_MANAGER),
					org.assertj.core.groups.Tuple.tuple("reviewer", Role.PEER_REVIEWER));
		assertThat(this.agency.staff()).filteredOn(s -> s.username().equals("casemanager"))
			.singleElement()
			.satisfies(s -> assertThat(s.supervisor()).isEqualTo("supervisor"));
		assertThat(this.agency.staff()).filteredOn(s -> s.languages().contains("es")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.agency.staff()).filteredOn(s -> s.languages().contains("vi")).hasSizeGreaterThanOrEqualTo(1);
	}

	@Test
	void every_status_is_represented_and_both_programs_have_cases() {
		assertThat(this.agency.casesByStatus().keySet()).containsExactlyInAnyOrder(CaseStatus.values());
		assertThat(this.agency.enrollments()).extracting(Enrollment::program)
			.contains(Program.Kind.CASE_MANAGEMENT, Program.Kind.INTENSIVE_CASE_MANAGEMENT);
	}

	@Test
	void every_status_change_is_one_the_lifecycle_allows() {
		for (Enrollment enrollment : this.agency.enrollments()) {
			CaseStatus status = CaseStatus.INQUIRY;
			for (Step step : enrollment.steps()) {
				if (step instanceof StatusStep change) {
					assertThat(status.mayMoveTo(change.to())).as("%s -> %s", status, change.to()).isTrue();
					status = change.to();
				}
			}
		}
	}

	@Test
	void every_step_happens_after_the_case_opened_and_before_today_in_time_order() {
		Instant startOfToday = TODAY.atStartOfDay(DemoAgency.TIME_ZONE).toInstant();
		for (Enrollment enrollment : this.agency.enrollments()) {
			Instant previous = enrollment.openedAt();
			for (Step step : enrollment.steps()) {
				assertThat(step.at()).isAfter(enrollment.openedAt()).isBefore(startOfToday).isAfterOrEqualTo(previous);
				previous = step.at();
			}
		}
	}

	@Test
	void nothing_is_recorded_on_a_case_after_it_closed() {
		for (Enrollment enrollment : this.agency.enrollments()) {
			List<Step> steps = enrollment.steps();
			if (enrollment.finalStatus() == CaseStatus.CLOSED) {
				assertThat(steps.get(steps.size() - 1)).isInstanceOf(StatusStep.class);
			}
		}
	}

	@Test
	void some_cases_wait_unassigned_and_a_few_change_hands() {
		List<Enrollment> unassigned = this.agency.enrollments()
			.stream()
			.filter(e -> e.openedBy().equals("director") && e.steps().stream().noneMatch(s -> s instanceof AssignStep))
			.toList();
		assertThat(unassigned).isNotEmpty()
			.allSatisfy(e -> assertThat(e.finalStatus()).isIn(CaseStatus.INQUIRY, CaseStatus.CLOSED));
		assertThat(unassigned).filteredOn(e -> e.finalStatus() == CaseStatus.INQUIRY).isNotEmpty();
		long reassigned = this.agency.enrollments()
			.stream()
			.filter(e -> e.steps().stream().filter(s -> s instanceof AssignStep).count()
					+ (e.openedBy().equals("director") ? 0 : 1) > 1)
			.count();
		assertThat(reassigned).isBetween(3L, 25L);
		assertThat(this.agency.people()).filteredOn(p -> p.enrollments().size() > 1).isNotEmpty();
	}

	@Test
	void contacts_of_every_kind_are_recorded() {
		Set<ContactKind> kinds = steps(this.agency).stream()
			.filter(s -> s instanceof ContactStep)
			.map(s -> ((ContactStep) s).contact().kind())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactKind.class)));
		assertThat(kinds).containsExactlyInAnyOrder(ContactKind.values());
	}

	@Test
	void the_people_served_are_varied_and_some_declined_to_answer() {
		List<Demographics> answers = this.agency.people().stream().map(p -> p.details().demographics()).toList();
		assertThat(answers).extracting(Demographics::preferredLanguage).contains("en", "es", "vi", "zh", "ar", "asl");
		assertThat(answers).extracting(Demographics::interpreterNeeded).contains("YES", "NO");
		assertThat(answers).extracting(Demographics::sex).contains(Demographics.DECLINED);
		assertThat(answers).extracting(Demographics::ethnicity).contains(Demographics.DECLINED);
		assertThat(answers).filteredOn(d -> d.race().contains(Demographics.DECLINED)).isNotEmpty();
		assertThat(this.agency.people()).filteredOn(p -> !p.household().isEmpty()).hasSizeGreaterThan(10);
		assertThat(this.agency.people()).filteredOn(p -> !p.supports().isEmpty()).hasSizeGreaterThan(10);
		Map<String, Long> names = this.agency.people()
			.stream()
			.collect(Collectors.groupingBy(p -> p.details().givenName() + " " + p.details().familyName(),
					Collectors.counting()));
		assertThat(names.values()).allMatch(count -> count == 1);
	}

	private static List<Step> steps(DemoAgency agency) {
		return agency.enrollments().stream().flatMap(e -> e.steps().stream()).toList();
	}

}
