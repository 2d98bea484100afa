package org.tandem.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.06, item b: every revision of the plan (a version after the first) is signed by
 * the person within the policy's working days of when the revision was started. A
 * revision replaced by a newer one before the person signed it is waived (the newer one
 * owes the signature); so is one whose case closed before its deadline.
 */
@Component
class CaCm406RevisionSigned implements Rule {

	static final String ID = "CA-CM 4.06";

	private final PlanRecords records;

	CaCm406RevisionSigned(PlanRecords records) {
		this.records = records;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm406RevisionSigned(this.records.preloaded(organizationId));
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
		return List.of(Policy.REVISION_SIGNED_WITHIN_WORKING_DAYS);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.records.versions(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<PlanRecords.Version> versions) {
		List<ObligationDraft> drafts = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			PlanRecords.Version revision = versions.get(i);
			if (!revision.isRevision()) {
				continue;
			}
			Instant due = context.calendar()
				.dueWithinWorkingDays(revision.createdAt(),
						context.policy().get(Policy.REVISION_SIGNED_WITHIN_WORKING_DAYS));
			Instant satisfied = revision.personSignedAt();
			String waived = CaCm401PlanInForce.waived(history, due, satisfied);
			if (satisfied == null && waived == null && i + 1 < versions.size()) {
				waived = "superseded-revision";
			}
			drafts.add(new ObligationDraft(ID, history.caseId(), "revision:" + revision.number(), history.caseId(),
					history.programId(), CaCm401PlanInForce.responsible(history, context), revision.createdAt(), due,
					satisfied, satisfied == null ? null : "revision signed by the person", waived,
					List.of(String.valueOf(revision.number()))));
		}
		return drafts;
	}

}
