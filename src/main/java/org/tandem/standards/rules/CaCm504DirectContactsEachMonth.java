package org.tandem.standards.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.standards.ObligationDraft;
import org.tandem.standards.Rule;
import org.tandem.standards.RuleContext;

/**
 * CA-CM 5.04: in Intensive Case Management, at least four direct contacts with the person
 * or family in each calendar month (in the organization's zone) from intake until the
 * case closes. Direct means in person, by phone or by video with the person or family;
 * attempts, notes and collateral contacts do not count. In a month served only in part
 * (intake or closing within it) the four are prorated by the days served, rounded up, and
 * at least one.
 */
@Component
public class CaCm504DirectContactsEachMonth implements Rule {

	public static final String ID = "CA-CM 5.04";

	static final int PER_MONTH = 4;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean fundamentalPractice() {
		return false;
	}

	@Override
	public boolean expiresAtDue() {
		return true;
	}

	@Override
	public List<String> policyKeys() {
		return List.of();
	}

	@Override
	public List<ObligationDraft> forCase(CaseHistory history, RuleContext context) {
		if (!context.isIntensive(history.programId())) {
			return List.of();
		}
		Instant start = history.firstReached(CaseStatus.INTAKE).orElse(null);
		if (start == null) {
			return List.of();
		}
		Instant end = history.closedAt() != null ? history.closedAt() : context.now();
		if (end.isBefore(start)) {
			return List.of();
		}
		ZoneId zone = context.calendar().zone();
		List<ObligationDraft> drafts = new ArrayList<>();
		for (YearMonth month = YearMonth.from(start.atZone(zone)); !month
			.isAfter(YearMonth.from(end.atZone(zone))); month = month.plusMonths(1)) {
			Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
			Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
			Instant servedFrom = start.isAfter(monthStart) ? start : monthStart;
			Instant servedUntil = history.closedAt() != null && history.closedAt().isBefore(monthEnd)
					? history.closedAt() : monthEnd;
			int required = required(servedFrom, servedUntil, monthStart, monthEnd);
			List<CaseHistory.ContactEvent> direct = history.contacts()
				.stream()
				.filter(CaseHistory.ContactEvent::isDirect)
				.filter(c -> !c.at().isBefore(monthStart) && c.at().isBefore(monthEnd))
				.toList();
			CaseHistory.ContactEvent enough = direct.size() >= required ? direct.get(required - 1) : null;
			Instant responsibleAt = monthEnd.isAfter(context.now()) ? context.now() : monthEnd.minusMillis(1);
			drafts
				.add(new ObligationDraft(ID, history.caseId(), month.toString(), history.caseId(), history.programId(),
						history.workerAt(responsibleAt).orElse(history.currentWorkerId()), servedFrom, monthEnd,
						enough == null ? null : enough.at(), enough == null ? null : "contact " + enough.contactId(),
						null, List.of(String.valueOf(direct.size()), String.valueOf(required))));
		}
		return drafts;
	}

	static int required(Instant servedFrom, Instant servedUntil, Instant monthStart, Instant monthEnd) {
		long monthSeconds = Duration.between(monthStart, monthEnd).getSeconds();
		long servedSeconds = Math.max(0, Duration.between(servedFrom, servedUntil).getSeconds());
		if (servedSeconds >= monthSeconds) {
			return PER_MONTH;
		}
		return (int) Math.max(1, Math.ceil(PER_MONTH * (double) servedSeconds / monthSeconds));
	}

}
