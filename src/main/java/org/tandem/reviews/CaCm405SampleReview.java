package org.tandem.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.05 (interpretation): an experienced worker's review of their own case that was
 * drawn into the sample is looked over by the worker's supervisor within the policy's
 * working days of when it was recorded.
 */
@Component
class CaCm405SampleReview implements Rule {

	static final String ID = "CA-CM 4.05.sample";

	private final ReviewRecords records;

	CaCm405SampleReview(ReviewRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm405SampleReview(this.records.preloaded(organizationId));
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
		return List.of(Policy.SAMPLE_REVIEW_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.sampled(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ReviewRecords.Sampled> sampled) {
		int days = context.policy().get(Policy.SAMPLE_REVIEW_WITHIN_WORKING_DAYS);
		return sampled.stream()
			.map(s -> new ObligationDraft(ID, history.caseId(), "sample:" + s.reviewId(), history.caseId(),
					history.programId(),
					s.supervisorId() != null ? s.supervisorId() : context.programSupervisor(history.programId()),
					s.recordedAt(), context.calendar().dueWithinWorkingDays(s.recordedAt(), days), s.checkedAt(),
					s.checkedAt() == null ? null : "supervisor's look at the self-review", null, List.of()))
			.toList();
	}

}
