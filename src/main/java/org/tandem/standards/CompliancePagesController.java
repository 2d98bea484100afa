package org.tandem.standards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/** The tasks on "My work", and the Compliance page with the cases behind each number. */
@Controller
class CompliancePagesController {

	private final Tasks tasks;

	private final Measures measures;

	private final StaffDirectory directory;

	private final Clock clock;

	CompliancePagesController(Tasks tasks, Measures measures, StaffDirectory directory, Clock clock) {
		this.tasks = tasks;
		this.measures = measures;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/my-work/tasks")
	String tasks(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("tasks", this.tasks.dueFor(SignedInUser.require()));
		return htmx != null ? "standards/tasks" : "standards/tasksPage";
	}

	@GetMapping("/compliance")
	String compliance(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String program, Model model) {
		SignedInUser user = SignedInUser.require();
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		Violations violations = new Violations();
		Measures.Scope scope = scope(zone, from, until, asOf, program, violations);
		FormErrors errors = FormErrors.of(violations);
		model.addAttribute("errors", errors);
		model.addAttribute("measures", errors.any() ? java.util.List.of() : this.measures.measure(user, scope));
		model.addAttribute("form", form(zone, scope, program));
		model.addAttribute("programs",
				user.is(Role.ADMINISTRATOR) ? this.directory.programsIn(user.organizationId())
						: this.directory.programsIn(user.organizationId())
							.stream()
							.filter(p -> this.directory.programIdsOf(user.id()).contains(p.id()))
							.toList());
		return "standards/compliance";
	}

	@GetMapping("/compliance/obligations")
	String obligations(@RequestParam String rule, @RequestParam(required = false) String state,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String program, Model model) {
		SignedInUser user = SignedInUser.require();
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		Violations violations = new Violations();
		Measures.Scope scope = scope(zone, from, until, asOf, program, violations);
		ObligationState wanted = FormValues.choice("state", ObligationState.class, state, violations);
		violations.throwIfAny();
		model.addAttribute("rule", rule);
		model.addAttribute("state", wanted);
		model.addAttribute("rows", this.measures.behind(user, rule, wanted, scope));
		model.addAttribute("form", form(zone, scope, program));
		return "standards/obligations";
	}

	private Measures.Scope scope(ZoneId zone, String from, String until, String asOf, String program,
			Violations violations) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate asOfDate = FormValues.date("asOf", asOf, violations);
		LocalDate fromDate = FormValues.date("from", from, violations);
		LocalDate untilDate = FormValues.date("until", until, violations);
		UUID programId = FormValues.uuid("program", program, violations);
		LocalDate end = asOfDate != null ? asOfDate : today;
		LocalDate start = fromDate != null ? fromDate : YearMonth.from(end).minusMonths(11).atDay(1);
		LocalDate stop = untilDate != null ? untilDate : end;
		violations.check(!stop.isBefore(start), "until", "after-from", "must not be before the start of the period");
		violations.notInFuture("asOf", asOfDate, today);
		// the measure is taken at the end of the "as of" day, and covers due dates
		// through the last day
		Instant asOfInstant = end.plusDays(1).atStartOfDay(zone).toInstant();
		return new Measures.Scope(start.atStartOfDay(zone).toInstant(), stop.plusDays(1).atStartOfDay(zone).toInstant(),
				asOfInstant, programId);
	}

	private static CompliancePeriod form(ZoneId zone, Measures.Scope scope, String program) {
		return new CompliancePeriod(LocalDate.ofInstant(scope.from(), zone).toString(),
				LocalDate.ofInstant(scope.until(), zone).minusDays(1).toString(),
				LocalDate.ofInstant(scope.asOf(), zone).minusDays(1).toString(), program == null ? "" : program);
	}

}
