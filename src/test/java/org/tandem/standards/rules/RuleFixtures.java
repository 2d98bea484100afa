package org.tandem.standards.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.calendar.WorkingCalendar;
import org.tandem.cases.CaseHistory;
import org.tandem.cases.CaseStatus;
import org.tandem.cases.ContactKind;
import org.tandem.cases.Involvement;
import org.tandem.cases.StatusChange;
import org.tandem.identity.Program;
import org.tandem.standards.Policy;
import org.tandem.standards.RuleContext;

/**
 * Small factories for histories and contexts: {@code aCase().intakeAt(...).contact(...)}.
 */
final class RuleFixtures {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final UUID GENERAL = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID INTENSIVE = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID OTHER_WORKER = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

	static final UUID SUPERVISOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

	private RuleFixtures() {
	}

	static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
	}

	static RuleContext context(Instant now) {
		return context(now, Policy.defaults());
	}

	static RuleContext context(Instant now, Policy policy) {
		return new RuleContext(UUID.randomUUID(), WorkingCalendar.usFederal(NEW_YORK), policy, now,
				Map.of(GENERAL, Program.Kind.CASE_MANAGEMENT, INTENSIVE, Program.Kind.INTENSIVE_CASE_MANAGEMENT),
				Map.of(WORKER, SUPERVISOR, OTHER_WORKER, SUPERVISOR),
				Map.of(GENERAL, SUPERVISOR, INTENSIVE, SUPERVISOR));
	}

	static CaseBuilder aCase(UUID program) {
		return new CaseBuilder(program);
	}

	static final class CaseBuilder {

		private final UUID program;

		private final UUID id = UUID.randomUUID();

		private final List<StatusChange> changes = new ArrayList<>();

		private final List<CaseHistory.Span> spans = new ArrayList<>();

		private final List<CaseHistory.ContactEvent> contacts = new ArrayList<>();

		private Instant opened;

		private Instant closed;

		private CaseStatus status = CaseStatus.INQUIRY;

		CaseBuilder(UUID program) {
			this.program = program;
		}

		CaseBuilder status(CaseStatus to, Instant at) {
			if (this.opened == null) {
				this.opened = at;
			}
			this.changes.add(new StatusChange(this.changes.isEmpty() ? null : this.status, to, at, WORKER, null, "x"));
			this.status = to;
			if (to == CaseStatus.CLOSED) {
				this.closed = at;
			}
			return this;
		}

		CaseBuilder assigned(UUID worker, Instant from, Instant until) {
			this.spans.add(new CaseHistory.Span(worker, from, until, "x"));
			return this;
		}

		CaseBuilder contact(Instant at, ContactKind kind, Involvement involvement) {
			this.contacts.add(new CaseHistory.ContactEvent(UUID.randomUUID(), at, kind, involvement));
			return this;
		}

		CaseBuilder inPerson(Instant at) {
			return contact(at, ContactKind.IN_PERSON, Involvement.DIRECT);
		}

		CaseHistory build() {
			UUID current = this.spans.stream()
				.filter(s -> s.until() == null)
				.map(CaseHistory.Span::workerId)
				.findFirst()
				.orElse(null);
			return new CaseHistory(this.id, UUID.randomUUID(), this.program, current, this.status, this.opened,
					this.closed, List.copyOf(this.changes), List.copyOf(this.spans), List.copyOf(this.contacts));
		}

	}

}
