package org.tandem.workforce;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.identity.Program;
import org.tandem.intake.LevelOfService;
import org.tandem.standards.Policy;

import static org.assertj.core.api.Assertions.assertThat;

/** Weighted caseloads against the limit and the intensive band (CA-CM 2.05, 5.03). */
class CaseloadWeightingTests {

	static final UUID WORKER = UUID.randomUUID();

	static final Program GENERAL = new Program(UUID.randomUUID(), UUID.randomUUID(), "Case Management",
			Program.Kind.CASE_MANAGEMENT);

	static final Program INTENSIVE = new Program(UUID.randomUUID(), GENERAL.organizationId(), "ICM",
			Program.Kind.INTENSIVE_CASE_MANAGEMENT);

	@Test
	void without_weights_set_every_case_counts_one() {
		Caseloads.Load load = Caseloads.load(WORKER, "Dana", GENERAL,
				cases(GENERAL, 20, LevelOfService.STANDARD, 5, LevelOfService.INTENSIVE), Policy.defaults());
		assertThat(load.cases()).isEqualTo(25);
		assertThat(load.intensiveNeed()).isEqualTo(5);
		assertThat(load.weighted()).isEqualTo(25.0);
		assertThat(load.band()).isEqualTo(Caseloads.Band.WITHIN);
	}

	@Test
	void with_weights_the_intensive_need_cases_weigh_more_and_tip_a_full_load_over_the_limit() {
		Policy policy = new Policy(Map.of(Policy.CASELOAD_WEIGHT_INTENSIVE_PERCENT, 150));
		Caseloads.Load load = Caseloads.load(WORKER, "Dana", GENERAL,
				cases(GENERAL, 20, LevelOfService.STANDARD, 5, LevelOfService.INTENSIVE), policy);
		assertThat(load.weighted()).isEqualTo(27.5);
		assertThat(load.band()).isEqualTo(Caseloads.Band.OVER);
	}

	@Test
	void an_intensive_caseload_below_ten_is_under_the_band_and_fifteen_is_within_it() {
		Caseloads.Load nine = Caseloads.load(WORKER, "Dana", INTENSIVE,
				cases(INTENSIVE, 9, LevelOfService.INTENSIVE, 0, LevelOfService.STANDARD), Policy.defaults());
		assertThat(nine.band()).isEqualTo(Caseloads.Band.UNDER);
		assertThat(nine.min()).isEqualTo(10);
		assertThat(nine.limit()).isEqualTo(15);
		Caseloads.Load fifteen = Caseloads.load(WORKER, "Dana", INTENSIVE,
				cases(INTENSIVE, 15, LevelOfService.INTENSIVE, 0, LevelOfService.STANDARD), Policy.defaults());
		assertThat(fifteen.band()).isEqualTo(Caseloads.Band.WITHIN);
		assertThat(fifteen.barPercent()).isEqualTo(67);
		assertThat(fifteen.minPercent()).isEqualTo(44);
	}

	@Test
	void cases_of_other_programs_are_not_counted_in_this_one() {
		List<Caseloads.OpenCase> open = new java.util.ArrayList<>(
				cases(GENERAL, 3, LevelOfService.STANDARD, 0, LevelOfService.STANDARD));
		open.addAll(cases(INTENSIVE, 4, LevelOfService.INTENSIVE, 0, LevelOfService.STANDARD));
		assertThat(Caseloads.load(WORKER, "Dana", GENERAL, open, Policy.defaults()).cases()).isEqualTo(3);
	}

	static List<Caseloads.OpenCase> cases(Program program, int n, LevelOfService level, int m, LevelOfService other) {
		List<Caseloads.OpenCase> open = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			open.add(new Caseloads.OpenCase(UUID.randomUUID(), program.id(), level));
		}
		for (int i = 0; i < m; i++) {
			open.add(new Caseloads.OpenCase(UUID.randomUUID(), program.id(), other));
		}
		return open;
	}

}
