package org.tandem.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.05: each open case is reviewed (the worker with a supervisor, or a team, or an
 * experienced worker alone) every policy number of months: the first review from the day
 * the case opened, each next one from the last review. A case may be given a shorter
 * interval, never a longer one.
 * <p>
 * Months run to the same date, clamped to the end of a shorter month, and the review is
 * due by the end of that day in the organization's zone: a case opened on August 31 is
 * due by the end of November 30, one opened on November 30 by the end of February 28 (or
 * 29). Periods follow one another only once met, so a missed review stays one open
 * obligation. Nothing is owed once the case closed before the deadline. The case's worker
 * answers for it, and so it shows on their supervisor's list too.
 */
@Component
class CaCm405QuarterlyReview implements Rule {

	static final String ID = "CA-CM 4.05";

	private final ReviewRecords records;

	CaCm405QuarterlyReview(ReviewRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm405QuarterlyReview(this.records.preloaded(organizationId));
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
		return List.of(Policy.CASE_REVIEW_EVERY_MONTHS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.reviews(history.caseId()),
				this.records.everyMonths(history.caseId()));
	}

	/** The case's interval: the policy's, or the case's own when shorter. */
	static int everyMonths(RuleContext context, Optional<Integer> ofCase) {
		int policy = context.policy().get(Policy.CASE_REVIEW_EVERY_MONTHS);
		return ofCase.filter(m -> m < policy).orElse(policy);
	}

	/** The end of the day the interval's months after the anchor's local date. */
	static Instant dueAfter(Instant anchor, int months, RuleContext context) {
		LocalDate date = context.calendar().dateOf(anchor);
		// plusMonths clamps the 31st to the last day of a shorter month
		return context.calendar().endOf(date.plusMonths(months));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ReviewRecords.Reviewed> reviews, Optional<Integer> ofCase) {
		int months = everyMonths(context, ofCase);
		List<ObligationDraft> drafts = new ArrayList<>();
		Instant anchor = history.openedAt();
		while (history.closedAt() == null || anchor.isBefore(history.closedAt())) {
			Instant from = anchor;
			Instant due = dueAfter(from, months, context);
			Optional<ReviewRecords.Reviewed> met = reviews.stream()
				.filter(r -> r.reviewedAt().isAfter(from))
				.findFirst();
			Instant satisfied = met.map(ReviewRecords.Reviewed::reviewedAt).orElse(null);
			String waived = satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due)
					? "closed-before-review" : null;
			drafts.add(new ObligationDraft(ID, history.caseId(), "review:" + context.calendar().dateOf(from),
					history.caseId(), history.programId(), responsible(history, context), from, due, satisfied,
					satisfied == null ? null : "case review", waived, List.of()));
			if (satisfied == null) {
				break;
			}
			anchor = satisfied;
		}
		return drafts;
	}

	static UUID responsible(CaseHistory history, RuleContext context) {
		return history.currentWorkerId() != null ? history.currentWorkerId()
				: context.programSupervisor(history.programId());
	}

}
