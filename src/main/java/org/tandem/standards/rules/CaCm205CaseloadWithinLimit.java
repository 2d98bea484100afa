package org.tandem.standards.rules;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistories.WorkerSpan;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 2.05: caseloads small enough to respond to each person. A worker's load is the
 * sum over their open cases of one over the policy limit of the case's program (so 25
 * general cases, or 15 intensive ones, or a mix, make a full load); above a full load is
 * an overload episode their supervisor must resolve within the policy's working days.
 * Weights by assessed need join when assessments exist.
 */
@Component
public class CaCm205CaseloadWithinLimit implements Rule {

	public static final String ID = "CA-CM 2.05";

	private static final double FULL = 1.0 + 1e-9;

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
		return List.of(Policy.CASELOAD_LIMIT, Policy.CASELOAD_LIMIT_ICM, Policy.REBALANCE_WITHIN_WORKING_DAYS);
	}

	@Override
	public About about() {
		return About.CASELOADS;
	}

	@Override
	public List<ObligationDraft> forWorker(UUID workerId, List<WorkerSpan> spans, RuleContext context) {
		int limit = context.policy().get(Policy.CASELOAD_LIMIT);
		int limitIntensive = context.policy().get(Policy.CASELOAD_LIMIT_ICM);
		return CaseloadEpisodes.find(ID, workerId, spans, context,
				span -> 1.0 / (context.isIntensive(span.programId()) ? limitIntensive : limit),
				(cases, load) -> load > FULL);
	}

}
