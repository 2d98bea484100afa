package org.tandem.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/** "My work", the case page, and the forms on it: status, assignment, contacts. */
@Controller
class CasePagesController {

	private final Cases cases;

	private final StaffDirectory directory;

	private final Clock clock;

	CasePagesController(Cases cases, StaffDirectory directory, Clock clock) {
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/my-work")
	String myWork(Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("caseload", this.cases.caseload(user));
		model.addAttribute("team", this.cases.teamCases(user));
		return "cases/mywork";
	}

	@GetMapping("/clients/{clientId}/cases")
	String casesOfClient(@PathVariable UUID clientId,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("cases", this.cases.casesOf(SignedInUser.require(), clientId));
		return htmx != null ? "cases/clientCases" : "cases/clientCasesPage";
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		return render(id, model, FormErrors.none(), FormErrors.none(), FormErrors.none(), null);
	}

	@PostMapping("/cases/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		CaseStatus target = FormValues.choice("status", CaseStatus.class, status, violations);
		try {
			violations.throwIfAny();
			this.cases.changeStatus(user, id, version, target, reason);
			redirect.addFlashAttribute("flash", "case.statusChanged");
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput invalid) {
			return render(id, model, FormErrors.of(invalid), FormErrors.none(), FormErrors.none(), null);
		}
	}

	@PostMapping("/cases/{id}/assignments")
	String assign(@PathVariable UUID id, @RequestParam(required = false) String workerId,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID worker = FormValues.uuid("workerId", workerId, violations);
		try {
			violations.throwIfAny();
			this.cases.assign(user, id, worker, reason);
			redirect.addFlashAttribute("flash", "case.assigned");
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput invalid) {
			return render(id, model, FormErrors.none(), FormErrors.of(invalid.prefixed("assign")), FormErrors.none(),
					null);
		}
	}

	@PostMapping("/cases/{id}/contacts")
	String recordContact(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String involvement, @RequestParam(required = false) String place,
			@RequestParam(required = false) String durationMinutes, @RequestParam(required = false) String narrative,
			@RequestParam(required = false) String contactAt, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		NewContact contact = new NewContact(FormValues.choice("kind", ContactKind.class, kind, violations),
				FormValues.choice("involvement", Involvement.class, involvement, violations), place,
				FormValues.integer("durationMinutes", durationMinutes, violations), narrative, FormValues.localDateTime(
						"contactAt", contactAt, this.directory.timeZoneOf(user.organizationId()), violations));
		try {
			violations.throwIfAny();
			this.cases.recordContact(user, id, contact);
			redirect.addFlashAttribute("flash", "case.contactRecorded");
			return "redirect:/cases/" + id + "#timeline";
		}
		catch (InvalidInput invalid) {
			return render(id, model, FormErrors.none(), FormErrors.none(), FormErrors.of(invalid),
					new ContactForm(kind, involvement, place, durationMinutes, narrative, contactAt));
		}
	}

	private String render(UUID id, Model model, FormErrors statusErrors, FormErrors assignErrors,
			FormErrors contactErrors, ContactForm contactForm) {
		SignedInUser user = SignedInUser.require();
		CaseView view = this.cases.view(user, id);
		model.addAttribute("view", view);
		model.addAttribute("workers", this.cases.assignableWorkers(user, id));
		model.addAttribute("statusErrors", statusErrors);
		model.addAttribute("assignErrors", assignErrors);
		model.addAttribute("contactErrors", contactErrors);
		model.addAttribute("contactForm",
				contactForm != null ? contactForm
						: ContactForm.blank(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
							.withZone(this.directory.timeZoneOf(user.organizationId()))
							.format(Instant.now(this.clock))));
		model.addAttribute("kinds", List.of(ContactKind.values()));
		return "cases/case";
	}

}
