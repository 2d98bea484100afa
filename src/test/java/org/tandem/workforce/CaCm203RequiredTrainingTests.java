package org.tandem.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.calendar.WorkingCalendar;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CA-CM 2.03 with hand-worked dates in New York, November 2026: Wednesday 11 November is
 * Veterans Day, a federal holiday, so it is not a working day.
 */
class CaCm203RequiredTrainingTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID STAFF = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	@Test
	void ten_working_days_after_a_monday_hire_end_with_tuesday_the_seventeenth_skipping_veterans_day() {
		List<ObligationDraft> drafts = CaCm203RequiredTraining.drafts(TrainingTopic.TEAM_COORDINATION,
				trainee(LocalDate.of(2026, 11, 2)), context(10, Policy.TRAINING_NEVER_RENEWED, at(2026, 11, 2, 9)));
		assertThat(drafts).singleElement().satisfies(d -> {
			assertThat(d.rule()).isEqualTo("CA-CM 2.03.1");
			assertThat(d.subjectId()).isEqualTo(STAFF);
			assertThat(d.responsibleId()).isEqualTo(STAFF);
			assertThat(d.caseId()).isNull();
			assertThat(d.periodKey()).isEqualTo("initial");
			assertThat(d.openedAt()).isEqualTo(at(2026, 11, 2, 0));
			// Nov 3-6 (4), 9-10 (6), 11 is a holiday, 12-13 (8), 16-17 (10): due at the
			// end of the 17th
			assertThat(d.dueAt()).isEqualTo(at(2026, 11, 18, 0));
			assertThat(d.satisfiedAt()).isNull();
		});
	}

	@Test
	void a_completion_on_the_topic_meets_it_on_its_day_and_one_on_another_topic_does_not() {
		TrainingFacts.Trainee trainee = trainee(LocalDate.of(2026, 11, 2),
				new TrainingFacts.Done(LocalDate.of(2026, 11, 10), Set.of(TrainingTopic.COMMUNITY_LINKAGE)),
				new TrainingFacts.Done(LocalDate.of(2026, 11, 17),
						Set.of(TrainingTopic.TEAM_COORDINATION, TrainingTopic.PUBLIC_ASSISTANCE)));
		RuleContext context = context(10, Policy.TRAINING_NEVER_RENEWED, at(2026, 11, 20, 9));
		ObligationDraft team = CaCm203RequiredTraining.drafts(TrainingTopic.TEAM_COORDINATION, trainee, context).get(0);
		assertThat(team.satisfiedAt()).isEqualTo(at(2026, 11, 17, 0)).isBefore(team.dueAt());
		ObligationDraft linkage = CaCm203RequiredTraining.drafts(TrainingTopic.COMMUNITY_LINKAGE, trainee, context)
			.get(0);
		assertThat(linkage.satisfiedAt()).isEqualTo(at(2026, 11, 10, 0));
		assertThat(Workforce.status(trainee, context)).containsEntry(TrainingTopic.PUBLIC_ASSISTANCE,
				new TopicStatus(TopicStatus.State.TRAINED, LocalDate.of(2026, 11, 17), at(2026, 11, 18, 0)));
	}

	@Test
	void training_before_hire_counts_as_done_at_hire() {
		TrainingFacts.Trainee trainee = trainee(LocalDate.of(2026, 11, 2),
				new TrainingFacts.Done(LocalDate.of(2026, 6, 1), Set.of(TrainingTopic.PUBLIC_ASSISTANCE)));
		ObligationDraft draft = CaCm203RequiredTraining
			.drafts(TrainingTopic.PUBLIC_ASSISTANCE, trainee,
					context(10, Policy.TRAINING_NEVER_RENEWED, at(2026, 11, 3, 9)))
			.get(0);
		assertThat(draft.satisfiedAt()).isEqualTo(at(2026, 11, 2, 0));
	}

	@Test
	void with_a_renewal_interval_each_topic_is_due_again_that_many_months_after_it_was_last_done() {
		TrainingFacts.Trainee trainee = trainee(LocalDate.of(2024, 1, 8),
				new TrainingFacts.Done(LocalDate.of(2024, 2, 1), Set.of(TrainingTopic.TEAM_COORDINATION)),
				new TrainingFacts.Done(LocalDate.of(2025, 1, 15), Set.of(TrainingTopic.TEAM_COORDINATION)));
		RuleContext context = context(60, 12, at(2026, 11, 2, 9));
		List<ObligationDraft> drafts = CaCm203RequiredTraining.drafts(TrainingTopic.TEAM_COORDINATION, trainee,
				context);
		assertThat(drafts).extracting(ObligationDraft::periodKey).containsExactly("initial", "renewal-1", "renewal-2");
		assertThat(drafts.get(1).dueAt()).isEqualTo(at(2025, 2, 2, 0));
		assertThat(drafts.get(1).satisfiedAt()).isEqualTo(at(2025, 1, 15, 0));
		// renewal 2 was due by the end of 15 January 2026 and is not done: overdue
		assertThat(drafts.get(2).dueAt()).isEqualTo(at(2026, 1, 16, 0));
		assertThat(drafts.get(2).satisfiedAt()).isNull();
		assertThat(Workforce.status(trainee, context).get(TrainingTopic.TEAM_COORDINATION).state())
			.isEqualTo(TopicStatus.State.OVERDUE);
	}

	static TrainingFacts.Trainee trainee(LocalDate hired, TrainingFacts.Done... done) {
		return new TrainingFacts.Trainee(STAFF, hired, List.of(done));
	}

	static RuleContext context(int withinWorkingDays, int renewMonths, Instant now) {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), new Policy(Map
			.of(Policy.TRAINING_WITHIN_WORKING_DAYS, withinWorkingDays, Policy.TRAINING_RENEW_MONTHS, renewMonths)),
				now, Map.of(), Map.of(), Map.of());
	}

	static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(NEW_YORK).toInstant();
	}

}
