package org.tandem.standards.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 2.04 (continuity), first element: a worker is assigned early, by the end of the
 * policy's number of working days after intake (default 2). A worker assigned before
 * intake meets it at intake. The program's supervisor answers for it.
 */
@Component
public class CaCm204AssignmentAfterIntake implements Rule {

	public static final String ID = "CA-CM 2.04";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	/**
	 * The count of workers is taken at closing: nothing is left to do about it
	 * afterwards.
	 */
	@Override
	public java.util.Set<String> periodsExpiringAtDue() {
		return java.util.Set.of("workers");
	}

	@Override
	public List<String> policyKeys() {
		return List.of(Policy.ASSIGN_WITHIN_WORKING_DAYS, Policy.MAX_WORKERS_PER_CASE);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		Optional<Instant> intake = history.firstReached(CaseStatus.INTAKE);
		if (intake.isEmpty()) {
			return List.of();
		}
		Instant due = context.calendar()
			.dueWithinWorkingDays(intake.get(), context.policy().get(Policy.ASSIGN_WITHIN_WORKING_DAYS));
		Instant satisfied = null;
		String by = null;
		if (history.workerAt(intake.get()).isPresent()) {
			satisfied = intake.get();
			by = "assigned before intake";
		}
		else {
			for (CaseHistory.Span span : history.assignments()) {
				if (!span.from().isBefore(intake.get())) {
					satisfied = span.from();
					by = "assignment";
					break;
				}
			}
		}
		String waived = satisfied == null && history.closedAt() != null && !history.closedAt().isAfter(due)
				? "closed-before-assignment" : null;
		UUID responsible = context.programSupervisor(history.programId());
		ObligationDraft assignment = new ObligationDraft(ID, history.caseId(), "assign", history.caseId(),
				history.programId(), responsible, intake.get(), due, satisfied, by, waived, List.of());
		if (history.closedAt() == null) {
			return List.of(assignment);
		}
		long workers = history.assignments().stream().map(CaseHistory.Span::workerId).distinct().count();
		int limit = context.policy().get(Policy.MAX_WORKERS_PER_CASE);
		ObligationDraft continuity = new ObligationDraft(ID, history.caseId(), "workers", history.caseId(),
				history.programId(), responsible, history.closedAt(), history.closedAt(),
				workers <= limit ? history.closedAt() : null, workers <= limit ? "closed" : null, null,
				List.of(String.valueOf(workers), String.valueOf(limit)));
		return List.of(assignment, continuity);
	}

}
