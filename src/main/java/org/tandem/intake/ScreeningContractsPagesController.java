package org.tandem.intake;

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

/**
 * The page where an administrator declares which programs another organization screens
 * for under contract (CA-CM 3.01 NA, per program).
 */
@Controller
class ScreeningContractsPagesController {

	private final ScreeningContracts contracts;

	private final StaffDirectory directory;

	ScreeningContractsPagesController(ScreeningContracts contracts, StaffDirectory directory) {
		this.contracts = contracts;
		this.directory = directory;
	}

	@GetMapping("/intake/screening-contracts")
	String page(Model model) {
		return render(model, FormErrors.none(), new String[] { "", "", "" });
	}

	@PostMapping("/intake/screening-contracts")
	String declare(@RequestParam(required = false) String programId, @RequestParam(required = false) String contractor,
			@RequestParam(required = false) String contractReference, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID program = FormValues.uuid("programId", programId, violations);
		try {
			violations.throwIfAny();
			this.contracts.declare(user, program, contractor, contractReference);
			redirect.addFlashAttribute("flash", "intake.contracts.declared.flash");
			return "redirect:/intake/screening-contracts";
		}
		catch (InvalidInput invalid) {
			return render(model, FormErrors.of(invalid), new String[] { programId, contractor, contractReference });
		}
	}

	@PostMapping("/intake/screening-contracts/{id}/withdraw")
	String withdraw(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			this.contracts.withdraw(SignedInUser.require(), id);
			redirect.addFlashAttribute("flash", "intake.contracts.withdrawn");
			return "redirect:/intake/screening-contracts";
		}
		catch (InvalidInput invalid) {
			return render(model, FormErrors.of(invalid), new String[] { "", "", "" });
		}
	}

	private String render(Model model, FormErrors errors, String[] form) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("contracts", this.contracts.all(user));
		model.addAttribute("programs", this.directory.programsIn(user.organizationId()));
		model.addAttribute("mayChange", this.contracts.mayChange(user));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "intake/contracts";
	}

}
