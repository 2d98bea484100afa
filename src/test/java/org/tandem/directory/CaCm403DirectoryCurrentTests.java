package org.tandem.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.calendar.WorkingCalendar;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CA-CM 4.03 by hand: a service entered on 10 March 2025 in New York and confirmed on 2
 * February 2026 and 20 April 2027 owes a confirmation within 12 months of each.
 */
class CaCm403DirectoryCurrentTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID SERVICE = UUID.fromString("00000000-0000-0000-0000-000000000403");

	static final UUID KEEPER = UUID.fromString("00000000-0000-0000-0000-0000000000ee");

	static final Instant ENTERED = Instant.parse("2025-03-10T15:00:00Z");

	static RuleContext context(int months) {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK),
				new Policy(Map.of(Policy.DIRECTORY_VERIFY_WITHIN_MONTHS, months)),
				Instant.parse("2027-06-01T12:00:00Z"), Map.of(), Map.of(), Map.of());
	}

	static CaCm403DirectoryCurrent.Entry entry(String status) {
		return new CaCm403DirectoryCurrent.Entry(SERVICE, "Food pantry", status, ENTERED);
	}

	@Test
	void a_service_never_confirmed_is_due_twelve_months_after_its_entry() {
		List<ObligationDraft> drafts = CaCm403DirectoryCurrent.obligations(entry("active"), List.of(), KEEPER,
				context(12));
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.openedAt()).isEqualTo(ENTERED);
			// 10 March 2025 11:00 EDT + 12 months = 10 March 2026 11:00 EDT (DST began 8
			// March)
			assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
			assertThat(d.satisfiedAt()).isNull();
			assertThat(d.responsibleId()).isEqualTo(KEEPER);
			assertThat(d.caseId()).isNull();
			assertThat(d.detail()).containsExactly("Food pantry");
		});
	}

	@Test
	void each_confirmation_meets_the_period_before_it_and_opens_the_next() {
		Instant first = Instant.parse("2026-02-02T17:00:00Z");
		Instant second = Instant.parse("2027-04-20T14:00:00Z");
		List<ObligationDraft> drafts = CaCm403DirectoryCurrent.obligations(entry("temporarily closed"),
				List.of(first, second), KEEPER, context(12));
		assertThat(drafts).hasSize(2);
		// 2 February 2026 12:00 EST + 12 months = 2 February 2027 12:00 EST: met late on
		// 20 April
		assertThat(drafts.get(0).dueAt()).isEqualTo(Instant.parse("2027-02-02T17:00:00Z"));
		assertThat(drafts.get(0).satisfiedAt()).isEqualTo(second);
		assertThat(drafts.get(0).satisfiedAt()).isAfter(drafts.get(0).dueAt());
		// 20 April 2027 10:00 EDT + 12 months = 20 April 2028 10:00 EDT, still open
		assertThat(drafts.get(1).dueAt()).isEqualTo(Instant.parse("2028-04-20T14:00:00Z"));
		assertThat(drafts.get(1).satisfiedAt()).isNull();
		assertThat(drafts).extracting(ObligationDraft::periodKey).doesNotHaveDuplicates();
	}

	@Test
	void the_policy_sets_the_months() {
		assertThat(CaCm403DirectoryCurrent.obligations(entry("active"), List.of(), KEEPER, context(6))).singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(Instant.parse("2025-09-10T15:00:00Z")));
	}

	@Test
	void inactive_and_defunct_services_owe_nothing() {
		assertThat(CaCm403DirectoryCurrent.obligations(entry("inactive"), List.of(), KEEPER, context(12))).isEmpty();
		assertThat(CaCm403DirectoryCurrent.obligations(entry("defunct"), List.of(ENTERED), KEEPER, context(12)))
			.isEmpty();
	}

}
