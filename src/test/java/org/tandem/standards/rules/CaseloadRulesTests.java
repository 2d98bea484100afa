package org.tandem.standards.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.cases.CaseHistories.WorkerSpan;
import org.tandem.standards.ObligationDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.standards.rules.RuleFixtures.GENERAL;
import static org.tandem.standards.rules.RuleFixtures.INTENSIVE;
import static org.tandem.standards.rules.RuleFixtures.SUPERVISOR;
import static org.tandem.standards.rules.RuleFixtures.WORKER;
import static org.tandem.standards.rules.RuleFixtures.context;
import static org.tandem.standards.rules.RuleFixtures.local;

class CaseloadRulesTests {

	final CaCm205CaseloadWithinLimit limit = new CaCm205CaseloadWithinLimit();

	final CaCm503IntensiveCaseloadRange intensive = new CaCm503IntensiveCaseloadRange();

	@Test
	void the_twenty_sixth_general_case_opens_an_overload_episode_for_the_supervisor() {
		List<WorkerSpan> spans = cases(GENERAL, 26, local(2026, 11, 2, 9, 0), null);
		List<ObligationDraft> drafts = this.limit.forWorker(WORKER, spans, context(local(2026, 11, 20, 9, 0)));
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.openedAt()).isEqualTo(local(2026, 11, 2, 9, 25));
			assertThat(d.responsibleId()).isEqualTo(SUPERVISOR);
			assertThat(d.satisfiedAt()).isNull();
			// 10 working days after Mon Nov 2: Tue 3 ... Tue 10 (6), Veterans Day Wed 11
			// skipped,
			// Thu 12 (7), Fri 13 (8), Mon 16 (9), Tue 17 (10): due by the end of Tuesday
			// Nov 17
			assertThat(d.dueAt()).isEqualTo(local(2026, 11, 18, 0, 0));
			assertThat(d.detail().get(0)).isEqualTo("26");
		});
	}

	@Test
	void twenty_five_general_cases_are_a_full_load_not_an_overload() {
		assertThat(this.limit.forWorker(WORKER, cases(GENERAL, 25, local(2026, 11, 2, 9, 0), null),
				context(local(2026, 11, 20, 9, 0))))
			.isEmpty();
	}

	@Test
	void intensive_cases_weigh_more_so_a_mixed_caseload_can_be_over_the_limit() {
		// 15 general (0.6) + 7 intensive (7/15 = 0.47) = 1.07 of a full load
		List<WorkerSpan> spans = new ArrayList<>(cases(GENERAL, 15, local(2026, 11, 2, 9, 0), null));
		spans.addAll(cases(INTENSIVE, 7, local(2026, 11, 3, 9, 0), null));
		assertThat(this.limit.forWorker(WORKER, spans, context(local(2026, 11, 20, 9, 0)))).hasSize(1);
	}

	@Test
	void the_episode_is_met_when_the_caseload_is_back_within_the_limit() {
		List<WorkerSpan> spans = new ArrayList<>(cases(GENERAL, 25, local(2026, 11, 2, 9, 0), null));
		spans.add(new WorkerSpan(UUID.randomUUID(), GENERAL, local(2026, 11, 3, 9, 0), local(2026, 11, 5, 9, 0)));
		ObligationDraft episode = this.limit.forWorker(WORKER, spans, context(local(2026, 11, 20, 9, 0))).get(0);
		assertThat(episode.openedAt()).isEqualTo(local(2026, 11, 3, 9, 0));
		assertThat(episode.satisfiedAt()).isEqualTo(local(2026, 11, 5, 9, 0));
	}

	@Test
	void a_handover_at_the_same_moment_is_no_overload() {
		List<WorkerSpan> spans = new ArrayList<>(cases(GENERAL, 24, local(2026, 11, 2, 9, 0), null));
		Instant handover = local(2026, 11, 10, 9, 0);
		spans.add(new WorkerSpan(UUID.randomUUID(), GENERAL, local(2026, 11, 2, 9, 0), handover));
		spans.add(new WorkerSpan(UUID.randomUUID(), GENERAL, handover, null));
		assertThat(this.limit.forWorker(WORKER, spans, context(local(2026, 11, 20, 9, 0)))).isEmpty();
	}

	@Test
	void sixteen_intensive_cases_break_the_fundamental_practice_range() {
		List<ObligationDraft> drafts = this.intensive.forWorker(WORKER,
				cases(INTENSIVE, 16, local(2026, 11, 2, 9, 0), null), context(local(2026, 11, 20, 9, 0)));
		assertThat(drafts).singleElement().satisfies(d -> assertThat(d.detail().get(0)).isEqualTo("16"));
		assertThat(this.intensive.fundamentalPractice()).isTrue();
	}

	@Test
	void general_cases_do_not_count_towards_the_intensive_range() {
		List<WorkerSpan> spans = new ArrayList<>(cases(INTENSIVE, 15, local(2026, 11, 2, 9, 0), null));
		spans.addAll(cases(GENERAL, 10, local(2026, 11, 3, 9, 0), null));
		assertThat(this.intensive.forWorker(WORKER, spans, context(local(2026, 11, 20, 9, 0)))).isEmpty();
	}

	private static List<WorkerSpan> cases(UUID program, int count, Instant firstAt, Instant until) {
		List<WorkerSpan> spans = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			spans.add(new WorkerSpan(UUID.randomUUID(), program, firstAt.plusSeconds(60L * i), until));
		}
		return spans;
	}

}
