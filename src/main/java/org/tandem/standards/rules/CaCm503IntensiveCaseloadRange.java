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
 * CA-CM 5.03 (a Fundamental Practice): Intensive Case Management caseloads of 10 to 15.
 * More than 15 intensive cases opens an episode the supervisor must resolve within the
 * policy's working days. Fewer than 10 is shown on the caseload view but is not an
 * episode: a worker building a caseload is not out of compliance.
 */
@Component
public class CaCm503IntensiveCaseloadRange implements Rule {

	public static final String ID = "CA-CM 5.03";

	static final int MAX = 15;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return true;
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.REBALANCE_WITHIN_WORKING_DAYS);
	}

	@Override
	public About about() {
		return About.CASELOADS;
	}

	@Override
	public List<ObligationDraft> forWorker(UUID workerId, List<WorkerSpan> spans, RuleContext context) {
		return CaseloadEpisodes.find(ID, workerId, spans, context,
				span -> context.isIntensive(span.programId()) ? 1.0 : 0.0, (cases, load) -> cases > MAX);
	}

}
