package org.tandem.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 3.05: a formal reassessment (a) within a year of the last completed assessment,
 * and after each recorded trigger: (b) a precipitating event, within the policy's working
 * days (COA: five); (c) a change in status or circumstances, within the policy's working
 * days; (d) a discharge notice, within the policy's elapsed hours (COA: 48).
 * <p>
 * A year runs to the end of the same date the next year in the organization's zone; an
 * assessment on February 29 is due by the end of February 28, never in March. A trigger
 * is met by the first completed reassessment that answers it or was conducted after it.
 * Nothing is owed once the case closed before the deadline.
 */
@Component
class CaCm305Reassessment implements Rule {

	static final String ID = "CA-CM 3.05";

	static final String ANNUAL = "annual";

	private final AssessmentRecords records;

	CaCm305Reassessment(AssessmentRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm305Reassessment(this.records.preloaded(organizationId));
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.REASSESS_AFTER_EVENT_WORKING_DAYS, Policy.REASSESS_AFTER_CHANGE_WORKING_DAYS,
				Policy.REASSESS_AFTER_DISCHARGE_HOURS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.completed(history.caseId()),
				this.records.triggers(history.caseId()));
	}

	/** The end of the day a year after the assessment's local date. */
	static Instant annualDue(Instant conductedAt, RuleContext context) {
		LocalDate date = context.calendar().dateOf(conductedAt);
		// plusYears clamps February 29 to February 28
		return context.calendar().endOf(date.plusYears(1));
	}

	static Instant triggerDue(ReassessmentTrigger trigger, RuleContext context) {
		Policy policy = context.policy();
		return switch (trigger.kind()) {
			case PRECIPITATING_EVENT -> context.calendar()
				.dueWithinWorkingDays(trigger.occurredAt(), policy.get(Policy.REASSESS_AFTER_EVENT_WORKING_DAYS));
			case CHANGE_IN_CIRCUMSTANCES -> context.calendar()
				.dueWithinWorkingDays(trigger.occurredAt(), policy.get(Policy.REASSESS_AFTER_CHANGE_WORKING_DAYS));
			case DISCHARGE_NOTICE -> context.calendar()
				.dueWithinHours(trigger.occurredAt(), policy.get(Policy.REASSESS_AFTER_DISCHARGE_HOURS));
		};
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<AssessmentRecords.Completed> completed, List<ReassessmentTrigger> triggers) {
		List<ObligationDraft> drafts = new ArrayList<>();
		for (int i = 0; i < completed.size(); i++) {
			AssessmentRecords.Completed base = completed.get(i);
			Instant due = annualDue(base.conductedAt(), context);
			Optional<AssessmentRecords.Completed> next = completed.subList(i + 1, completed.size())
				.stream()
				.filter(c -> c.conductedAt().isAfter(base.conductedAt()))
				.findFirst();
			Instant satisfied = next.map(AssessmentRecords.Completed::completedAt).orElse(null);
			drafts.add(draft(history, context, ANNUAL + ":" + context.calendar().dateOf(base.conductedAt()),
					base.completedAt(), due, satisfied));
		}
		for (ReassessmentTrigger trigger : triggers) {
			Instant satisfied = completed.stream()
				.filter(c -> c.kind() == Assessment.Kind.REASSESSMENT)
				.filter(c -> trigger.id().equals(c.triggerId()) || !c.conductedAt().isBefore(trigger.occurredAt()))
				.map(AssessmentRecords.Completed::completedAt)
				.findFirst()
				.orElse(null);
			drafts.add(draft(history, context, trigger.kind().name() + ":" + trigger.id(), trigger.occurredAt(),
					triggerDue(trigger, context), satisfied));
		}
		return drafts;
	}

	private static ObligationDraft draft(CaseHistory history, RuleContext context, String period, Instant opened,
			Instant due, Instant satisfied) {
		String waived = satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due) ? "closed"
				: null;
		return new ObligationDraft(ID, history.caseId(), period, history.caseId(), history.programId(),
				CaCm303InitialAssessment.responsible(history, context), opened, due, satisfied,
				satisfied == null ? null : "reassessment", waived, List.of());
	}

}
