package org.tandem.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 2.03, one required topic: every case manager is trained on it, or shows
 * competency in it, within the policy's working days after hire (period "initial"); when
 * the organization sets a renewal interval, again that many months after each time
 * (periods "renewal-1", "renewal-2"...). Training done before hire counts. The task is
 * the case manager's own; their supervisor sees it with the team's.
 */
abstract class CaCm203RequiredTraining implements Rule {

	static final String INITIAL = "initial";

	private final TrainingTopic topic;

	private final TrainingFacts facts;

	CaCm203RequiredTraining(TrainingTopic topic, TrainingFacts facts) {
		this.topic = topic;
		this.facts = facts;
	}

	@Override
	public String id() {
		return this.topic.ruleId();
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.TRAINING_WITHIN_WORKING_DAYS, Policy.TRAINING_RENEW_MONTHS);
	}

	@Override
	public About about() {
		return About.RECORDS;
	}

	@Override
	public List<ObligationDraft> forRecord(UUID recordId, RuleContext context) {
		Optional<TrainingFacts.Trainee> trainee = this.facts.trainee(context.organizationId(), recordId);
		return trainee.map(t -> obligations(t, context)).orElse(List.of());
	}

	@Override
	public List<ObligationDraft> forOrganization(RuleContext context) {
		return this.facts.trainees(context.organizationId())
			.stream()
			.flatMap(t -> obligations(t, context).stream())
			.toList();
	}

	List<ObligationDraft> obligations(TrainingFacts.Trainee trainee, RuleContext context) {
		return drafts(this.topic, trainee, context);
	}

	/** The obligations of one trainee on one topic, oldest period first. */
	static List<ObligationDraft> drafts(TrainingTopic topic, TrainingFacts.Trainee trainee, RuleContext context) {
		List<LocalDate> done = trainee.completions()
			.stream()
			.filter(d -> d.topics().contains(topic))
			.map(TrainingFacts.Done::on)
			.sorted()
			.toList();
		List<ObligationDraft> drafts = new ArrayList<>();
		var calendar = context.calendar();
		LocalDate hire = trainee.hireDate();
		Instant opened = hire.atStartOfDay(calendar.zone()).toInstant();
		Instant due = calendar
			.endOf(calendar.plusWorkingDays(hire, context.policy().get(Policy.TRAINING_WITHIN_WORKING_DAYS)));
		Optional<LocalDate> first = done.stream().findFirst();
		drafts.add(draft(topic, trainee, INITIAL, opened, due, first.map(d -> satisfiedAt(d, opened, context))));
		int months = context.policy().get(Policy.TRAINING_RENEW_MONTHS);
		if (months >= Policy.TRAINING_NEVER_RENEWED || first.isEmpty()) {
			return drafts;
		}
		LocalDate last = first.get().isBefore(hire) ? hire : first.get();
		for (int n = 1; n <= 100; n++) {
			LocalDate anchor = last;
			Instant renewalOpened = anchor.atStartOfDay(calendar.zone()).toInstant();
			if (renewalOpened.isAfter(context.now())) {
				break;
			}
			Optional<LocalDate> next = done.stream().filter(d -> d.isAfter(anchor)).findFirst();
			drafts.add(draft(topic, trainee, "renewal-" + n, renewalOpened, calendar.endOf(anchor.plusMonths(months)),
					next.map(d -> satisfiedAt(d, renewalOpened, context))));
			if (next.isEmpty()) {
				break;
			}
			last = next.get();
		}
		return drafts;
	}

	private static Instant satisfiedAt(LocalDate day, Instant opened, RuleContext context) {
		Instant at = day.atStartOfDay(context.calendar().zone()).toInstant();
		return at.isBefore(opened) ? opened : at;
	}

	private static ObligationDraft draft(TrainingTopic topic, TrainingFacts.Trainee trainee, String period,
			Instant opened, Instant due, Optional<Instant> satisfied) {
		return new ObligationDraft(topic.ruleId(), trainee.staffId(), period, null, null, trainee.staffId(), opened,
				due, satisfied.orElse(null), satisfied.isPresent() ? "training" : null, null, List.of());
	}

}
