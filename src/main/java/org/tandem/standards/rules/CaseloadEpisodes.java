package org.tandem.standards.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import org.tandem.cases.CaseHistories.WorkerSpan;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

/**
 * Walks a worker's assignments in time and finds the episodes when their caseload was out
 * of range: each opens an obligation for their supervisor to bring it back within the
 * policy's working days, met when the caseload is back in range.
 */
final class CaseloadEpisodes {

	private CaseloadEpisodes() {
	}

	/** One moment the caseload changed: +1 or −1 case, of a given weight. */
	private record Step(Instant at, int delta, double weight) {
	}

	static List<ObligationDraft> find(String rule, UUID workerId, List<WorkerSpan> spans, RuleContext context,
			ToDoubleFunction<WorkerSpan> weight, LoadCheck outOfRange) {
		List<Step> steps = new ArrayList<>();
		for (WorkerSpan span : spans) {
			double w = weight.applyAsDouble(span);
			if (w <= 0) {
				continue;
			}
			steps.add(new Step(span.from(), 1, w));
			if (span.until() != null) {
				steps.add(new Step(span.until(), -1, w));
			}
		}
		// at the same instant a case leaving is counted before one arriving (a handover
		// is no overload)
		steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::delta));
		List<ObligationDraft> drafts = new ArrayList<>();
		int cases = 0;
		double load = 0;
		int peak = 0;
		Instant openedAt = null;
		int rebalanceDays = context.policy().get(Policy.REBALANCE_WITHIN_WORKING_DAYS);
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			cases += step.delta();
			load += step.delta() * step.weight();
			boolean lastAtInstant = i + 1 == steps.size() || !steps.get(i + 1).at().equals(step.at());
			if (!lastAtInstant) {
				continue;
			}
			boolean out = outOfRange.test(cases, load);
			if (out && openedAt == null) {
				openedAt = step.at();
				peak = cases;
			}
			else if (out) {
				peak = Math.max(peak, cases);
			}
			else if (openedAt != null) {
				drafts.add(draft(rule, workerId, context, openedAt, step.at(), peak, rebalanceDays));
				openedAt = null;
			}
		}
		if (openedAt != null) {
			drafts.add(draft(rule, workerId, context, openedAt, null, peak, rebalanceDays));
		}
		return drafts;
	}

	/** Whether a caseload of so many cases and such a load is out of range. */
	interface LoadCheck {

		boolean test(int cases, double load);

	}

	private static ObligationDraft draft(String rule, UUID workerId, RuleContext context, Instant openedAt,
			Instant backInRange, int peak, int rebalanceDays) {
		return new ObligationDraft(rule, workerId, openedAt.toString(), null, null, context.supervisorOf(workerId),
				openedAt, context.calendar().dueWithinWorkingDays(openedAt, rebalanceDays), backInRange,
				backInRange == null ? null : "caseload back in range", null,
				List.of(String.valueOf(peak), workerId.toString()));
	}

}
