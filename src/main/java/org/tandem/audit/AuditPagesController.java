package org.tandem.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/** An administrator browses and filters the audit trail of their organization. */
@Controller
class AuditPagesController {

	private static final int LIMIT = 500;

	private final AuditTrail trail;

	private final StaffDirectory directory;

	AuditPagesController(AuditTrail trail, StaffDirectory directory) {
		this.trail = trail;
		this.directory = directory;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until, Model model) {
		SignedInUser user = SignedInUser.require();
		if (!user.is(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator reads the audit trail.");
		}
		ZoneId zone = this.directory.timeZoneOf(user.organizationId());
		Violations violations = new Violations();
		UUID actorId = FormValues.uuid("actor", actor, violations);
		AuditAction auditAction = FormValues.choice("action", AuditAction.class, action, violations);
		LocalDate fromDate = FormValues.date("from", from, violations);
		LocalDate untilDate = FormValues.date("until", until, violations);
		FormErrors errors = FormErrors.of(violations);
		Instant fromInstant = fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant();
		Instant untilInstant = untilDate == null ? null : untilDate.plusDays(1).atStartOfDay(zone).toInstant();
		model.addAttribute("entries", errors.any() ? java.util.List.of() : this.trail.search(user.organizationId(),
				new AuditTrail.Filter(actorId, auditAction, recordType, recordId, fromInstant, untilInstant), LIMIT));
		model.addAttribute("staff", this.directory.staffIn(user.organizationId()));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", new AuditFilterForm(value(actor), value(action), value(recordType),
				value(recordId), value(from), value(until)));
		model.addAttribute("errors", errors);
		model.addAttribute("limit", LIMIT);
		return "audit/browse";
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

}
