package org.tandem.workforce;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * Caseload charts per program, who can take the next case (with the assign action), and
 * the continuity measures.
 */
@Controller
class CaseloadPagesController {

	private final Caseloads caseloads;

	private final Continuity continuity;

	CaseloadPagesController(Caseloads caseloads, Continuity continuity) {
		this.caseloads = caseloads;
		this.continuity = continuity;
	}

	@GetMapping("/workforce/caseloads")
	String charts(Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("charts", this.caseloads.charts(user));
		model.addAttribute("unassigned", this.caseloads.unassigned(user));
		return "workforce/caseloads";
	}

	@GetMapping("/workforce/caseloads/next/{caseId}")
	String next(@PathVariable UUID caseId, Model model) {
		return renderNext(caseId, model, FormErrors.none());
	}

	@PostMapping("/workforce/caseloads/next/{caseId}")
	String assign(@PathVariable UUID caseId, @RequestParam(required = false) String workerId,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID worker = FormValues.uuid("workerId", workerId, violations);
		try {
			violations.throwIfAny();
			this.caseloads.assign(user, caseId, worker, reason);
			redirect.addFlashAttribute("flash", "workforce.assigned");
			return "redirect:/workforce/caseloads";
		}
		catch (InvalidInput invalid) {
			return renderNext(caseId, model, FormErrors.of(invalid));
		}
	}

	@GetMapping("/workforce/continuity")
	String continuity(Model model) {
		model.addAttribute("report", this.continuity.report(SignedInUser.require()));
		return "workforce/continuity";
	}

	private String renderNext(UUID caseId, Model model, FormErrors errors) {
		model.addAttribute("next", this.caseloads.nextCase(SignedInUser.require(), caseId));
		model.addAttribute("errors", errors);
		return "workforce/nextCase";
	}

}
