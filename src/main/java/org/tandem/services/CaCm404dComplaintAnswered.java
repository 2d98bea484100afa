package org.tandem.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseHistory;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Policy;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 4.04.4: a complaint or problem, about a service or with the person or family, is
 * answered at once, read as by the end of the policy's working day counting the day it
 * came as the first (default 1: the same working day; one that comes on a weekend or
 * holiday by the end of the next working day).
 */
@Component
class CaCm404dComplaintAnswered implements Rule {

	static final String ID = "CA-CM 4.04.4";

	private final ServiceFacts facts;

	CaCm404dComplaintAnswered(ServiceFacts facts) {
		this.facts = facts;
	}

	@Override
	public Rule forRecompute(UUID organizationId) {
		return new CaCm404dComplaintAnswered(this.facts.preloaded(organizationId));
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
		return List.of(Policy.COMPLAINT_ANSWERED_BY_WORKING_DAY);
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		return obligations(history, context, this.facts.complaints(history.caseId()));
	}

	static List<ObligationDraft> obligations(CaseHistory history, RuleContext context,
			List<ServiceFacts.ComplaintFacts> complaints) {
		int day = context.policy().get(Policy.COMPLAINT_ANSWERED_BY_WORKING_DAY);
		List<ObligationDraft> drafts = new ArrayList<>();
		for (ServiceFacts.ComplaintFacts complaint : complaints) {
			Instant due = dueAt(context.calendar(), complaint.receivedAt(), day);
			String waived = ServiceRules.closedBefore(history, complaint.answeredAt(), due);
			drafts.add(new ObligationDraft(ID, history.caseId(), "complaint:" + complaint.id(), history.caseId(),
					history.programId(), ServiceRules.responsible(history, context), complaint.receivedAt(), due,
					complaint.answeredAt(), complaint.answeredAt() == null ? null : "answered", waived,
					List.of(complaint.about().name())));
		}
		return drafts;
	}

	/**
	 * The end of the given working day counting the day of receipt (or the next working
	 * day) as 1.
	 */
	static Instant dueAt(WorkingCalendar calendar, Instant received, int workingDay) {
		LocalDate date = calendar.dateOf(received);
		LocalDate first = calendar.isWorkingDay(date) ? date : calendar.plusWorkingDays(date, 1);
		return calendar.endOf(calendar.plusWorkingDays(first, Math.max(0, workingDay - 1)));
	}

}
