package org.tandem.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The catalog page: any member of staff reads it; an administrator or program director
 * also chooses the edition and declares or withdraws NA there.
 */
@Controller
class StandardsPagesController {

	private final StandardsCatalog catalog;

	private final StandardsApplicability applicability;

	private final StaffDirectory directory;

	StandardsPagesController(StandardsCatalog catalog, StandardsApplicability applicability, StaffDirectory directory) {
		this.catalog = catalog;
		this.applicability = applicability;
		this.directory = directory;
	}

	@GetMapping("/standards")
	String show(@RequestParam(required = false) String edition, @RequestParam(required = false) String declare,
			Model model) {
		Edition shown = null;
		if (edition != null) {
			shown = FormValues.choice("edition", Edition.class, edition, new Violations());
		}
		return render(model, shown, FormErrors.none(), FormErrors.none(), declare, "");
	}

	@PostMapping("/standards/edition")
	String chooseEdition(@RequestParam(required = false) String edition, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Edition chosen = FormValues.choice("edition", Edition.class, edition, violations);
		try {
			violations.throwIfAny();
			this.applicability.chooseEdition(user, chosen);
			redirect.addFlashAttribute("flash", "standards.editionChosen");
			return "redirect:/standards";
		}
		catch (InvalidInput invalid) {
			return render(model, null, FormErrors.of(invalid), FormErrors.none(), null, "");
		}
	}

	@PostMapping("/standards/not-applicable")
	String declare(@RequestParam(required = false) String number, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			NotApplicableDeclaration declared = this.applicability.declareNotApplicable(user, number, reason);
			redirect.addFlashAttribute("flash", "standards.declaredFlash");
			return "redirect:/standards#" + StandardsPage.anchorOf(declared.number());
		}
		catch (InvalidInput invalid) {
			return render(model, null, FormErrors.none(), FormErrors.of(invalid.prefixed("na")), number,
					reason == null ? "" : reason);
		}
	}

	@PostMapping("/standards/not-applicable/withdraw")
	String withdraw(@RequestParam(required = false) String number, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			this.applicability.withdraw(user, number);
			redirect.addFlashAttribute("flash", "standards.withdrawnFlash");
			return "redirect:/standards#" + StandardsPage.anchorOf(number.strip());
		}
		catch (InvalidInput invalid) {
			return render(model, null, FormErrors.none(), FormErrors.of(invalid.prefixed("na")), null, "");
		}
	}

	private String render(Model model, Edition requested, FormErrors editionErrors, FormErrors naErrors,
			String naNumber, String naReason) {
		SignedInUser user = SignedInUser.require();
		UUID organizationId = user.organizationId();
		Edition inUse = this.applicability.editionOf(organizationId);
		Edition shown = requested == null ? inUse : requested;
		Map<UUID, String> names = this.directory.staffIn(organizationId)
			.stream()
			.collect(Collectors.toMap(Staff::id, Staff::displayName));
		Map<String, NotApplicableDeclaration> inForce = shown == inUse ? this.applicability.declarations(organizationId)
			.stream()
			.collect(Collectors.toMap(NotApplicableDeclaration::number, Function.identity())) : Map.of();
		List<StandardsPage.Section> sections = new ArrayList<>();
		for (StandardElement standard : this.catalog.standards(shown)) {
			NotApplicableDeclaration ofStandard = inForce.get(standard.number());
			List<StandardsPage.Entry> elements = this.catalog.elementsOf(standard.number()).stream().map(element -> {
				NotApplicableDeclaration own = inForce.get(element.number());
				NotApplicableDeclaration applying = own != null ? own : ofStandard;
				return new StandardsPage.Entry(element, applying,
						applying == null ? null : names.get(applying.declaredBy()), own == null && applying != null);
			}).toList();
			sections.add(new StandardsPage.Section(new StandardsPage.Entry(standard, ofStandard,
					ofStandard == null ? null : names.get(ofStandard.declaredBy()), false), elements));
		}
		List<StandardElement> declarable = this.catalog.byEdition(inUse)
			.stream()
			.filter(StandardElement::allowsNotApplicable)
			.filter(e -> !inForce.containsKey(e.number()) && (e.isStandard() || !inForce.containsKey(e.parentNumber())))
			.toList();
		List<StandardsPage.PastDeclaration> history = this.applicability.history(organizationId)
			.stream()
			.filter(d -> !d.inForce())
			.map(d -> new StandardsPage.PastDeclaration(d, names.get(d.declaredBy()), names.get(d.withdrawnBy())))
			.toList();
		model.addAttribute("view",
				new StandardsPage(inUse, shown, sections, declarable, history, this.applicability.mayChange(user)));
		model.addAttribute("editionErrors", editionErrors);
		model.addAttribute("naErrors", naErrors);
		model.addAttribute("naNumber", naNumber == null ? "" : naNumber.strip());
		model.addAttribute("naReason", naReason);
		return "standards/catalog";
	}

}
