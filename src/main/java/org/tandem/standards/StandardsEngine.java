package org.tandem.standards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.CalendarChanged;
import org.tandem.calendar.OrganizationCalendars;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseEvents;
import org.tandem.cases.CaseHistories;
import org.tandem.cases.CaseHistory;
import org.tandem.identity.Program;
import org.tandem.identity.Role;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * Keeps obligations in step with what happens to cases. Each case event re-evaluates that
 * case (and, for assignments and closings, the caseloads of the workers concerned) in the
 * same transaction as the event; {@link #recompute} rebuilds an organization's
 * obligations from the histories with the very same rules, after a holiday or policy
 * change and to audit.
 */
@Service
public class StandardsEngine {

	private static final int RECOMPUTE_BATCH = 1000;

	private final List<Rule> rules;

	private final CaseHistories histories;

	private final ObligationLedger ledger;

	private final PolicySettings policies;

	private final StaffDirectory directory;

	private final OrganizationCalendars calendars;

	private final Clock clock;

	StandardsEngine(List<Rule> rules, CaseHistories histories, ObligationLedger ledger, PolicySettings policies,
			StaffDirectory directory, OrganizationCalendars calendars, Clock clock) {
		this.rules = List.copyOf(rules);
		this.histories = histories;
		this.ledger = ledger;
		this.policies = policies;
		this.directory = directory;
		this.calendars = calendars;
		this.clock = clock;
	}

	public List<Rule> rules() {
		return this.rules;
	}

	@EventListener
	void on(CaseEvents.CaseOpened event) {
		refreshCase(context(event.organizationId()), event.caseId());
	}

	@EventListener
	void on(CaseEvents.CaseStatusChanged event) {
		RuleContext context = context(event.organizationId());
		refreshCase(context, event.caseId());
		if (event.to() == org.tandem.cases.CaseStatus.CLOSED) {
			this.histories.of(event.caseId())
				.map(CaseHistory::currentWorkerId)
				.ifPresent(worker -> refreshWorker(context, worker));
		}
	}

	@EventListener
	void on(CaseEvents.WorkerAssigned event) {
		RuleContext context = context(event.organizationId());
		refreshCase(context, event.caseId());
		if (event.previousWorkerId() != null) {
			refreshWorker(context, event.previousWorkerId());
		}
		if (event.workerId() != null) {
			refreshWorker(context, event.workerId());
		}
	}

	@EventListener
	void on(CaseEvents.ContactRecorded event) {
		refreshCase(context(event.organizationId()), event.caseId());
	}

	@EventListener
	void on(CaseEvidenceChanged event) {
		refreshCase(context(event.organizationId()), event.caseId());
	}

	@EventListener
	void on(RecordEvidenceChanged event) {
		RuleContext context = context(event.organizationId());
		List<Rule> recordRules = rulesAbout(Rule.About.RECORDS);
		this.ledger.replace(context.organizationId(), recordRules.stream().map(Rule::id).toList(), event.recordId(),
				recordRules.stream().flatMap(r -> r.forRecord(event.recordId(), context).stream()).toList());
	}

	@EventListener
	void on(PolicySettings.PolicyChanged event) {
		recompute(event.organizationId());
	}

	/**
	 * A closure or a worked holiday moves deadlines already set: they are computed again.
	 */
	@EventListener
	void on(CalendarChanged event) {
		recompute(event.organizationId());
	}

	/** Rebuilds every obligation of the organization from the case histories. */
	@Transactional
	public void recompute(UUID organizationId) {
		RuleContext context = context(organizationId);
		this.ledger.deleteAll(organizationId);
		List<Rule> caseRules = caseRules().stream().map(r -> r.forRecompute(organizationId)).toList();
		List<Rule> workerRules = workerRules();
		// the drafts are written in the order the rules give them, a batch at a time
		List<ObligationDraft> pending = new ArrayList<>();
		this.histories.forEachIn(organizationId, history -> {
			for (Rule rule : caseRules) {
				pending.addAll(rule.forCase(history, context));
			}
			if (pending.size() >= RECOMPUTE_BATCH) {
				this.ledger.upsertAll(organizationId, pending);
				pending.clear();
			}
		});
		for (UUID worker : this.histories.workersIn(organizationId)) {
			List<CaseHistories.WorkerSpan> spans = this.histories.spansOf(organizationId, worker);
			for (Rule rule : workerRules) {
				pending.addAll(rule.forWorker(worker, spans, context));
			}
		}
		for (Rule rule : rulesAbout(Rule.About.RECORDS)) {
			pending.addAll(rule.forOrganization(context));
		}
		this.ledger.upsertAll(organizationId, pending);
	}

	/**
	 * Re-evaluates one rule about records over a whole organization, after a bulk change
	 * of its records (a directory import) that one event per record would make slow.
	 */
	@Transactional
	public void refreshRecords(UUID organizationId, String ruleId) {
		Rule rule = rulesAbout(Rule.About.RECORDS).stream()
			.filter(r -> r.id().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No rule about records " + ruleId));
		this.ledger.deleteRule(organizationId, ruleId);
		this.ledger.upsertAll(organizationId, rule.forOrganization(context(organizationId)));
	}

	private void refreshCase(RuleContext context, UUID caseId) {
		CaseHistory history = this.histories.of(caseId).orElseThrow();
		List<Rule> caseRules = caseRules();
		this.ledger.replace(context.organizationId(), caseRules.stream().map(Rule::id).toList(), caseId,
				caseRules.stream().flatMap(r -> r.forCase(history, context).stream()).toList());
	}

	private void refreshWorker(RuleContext context, UUID workerId) {
		List<CaseHistories.WorkerSpan> spans = this.histories.spansOf(context.organizationId(), workerId);
		List<Rule> workerRules = workerRules();
		this.ledger.replace(context.organizationId(), workerRules.stream().map(Rule::id).toList(), workerId,
				workerRules.stream().flatMap(r -> r.forWorker(workerId, spans, context).stream()).toList());
	}

	private List<Rule> caseRules() {
		return rulesAbout(Rule.About.CASES);
	}

	private List<Rule> workerRules() {
		return rulesAbout(Rule.About.CASELOADS);
	}

	private List<Rule> rulesAbout(Rule.About about) {
		return this.rules.stream().filter(r -> r.about() == about).toList();
	}

	RuleContext context(UUID organizationId) {
		WorkingCalendar calendar = this.calendars.calendarOf(organizationId);
		Map<UUID, Program.Kind> kinds = this.directory.programsIn(organizationId)
			.stream()
			.collect(Collectors.toMap(Program::id, Program::kind));
		List<Staff> staff = this.directory.staffIn(organizationId);
		Map<UUID, UUID> supervisors = new HashMap<>();
		staff.stream().filter(s -> s.supervisorId() != null).forEach(s -> supervisors.put(s.id(), s.supervisorId()));
		Map<UUID, UUID> programSupervisors = new HashMap<>();
		for (UUID programId : kinds.keySet()) {
			this.directory.caseWorkersOf(organizationId, programId)
				.stream()
				.filter(s -> s.role() == Role.SUPERVISOR)
				.findFirst()
				.ifPresent(s -> programSupervisors.put(programId, s.id()));
		}
		return new RuleContext(organizationId, calendar, this.policies.of(organizationId), Instant.now(this.clock),
				kinds, supervisors, programSupervisors);
	}

}
