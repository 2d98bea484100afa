package org.tandem.standards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.Role;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * An administrator's page for the policy timeframes and limits: each setting with its
 * value, Tandem's default and the standards it changes, in one form. Saving redirects
 * back with a message (the obligations have been recomputed by then); a form that breaks
 * a rule is shown again with the values typed and each error beside its field.
 */
@Controller
class PolicyPagesController {

	static final String PATH = "/admin/policy";

	private final PolicySettings policies;

	private final PolicyOverview overview;

	PolicyPagesController(PolicySettings policies, PolicyOverview overview) {
		this.policies = policies;
		this.overview = overview;
	}

	@GetMapping(PATH)
	String show(Model model) {
		SignedInUser admin = requireAdministrator();
		return render(admin, Map.of(), FormErrors.none(), model);
	}

	@PostMapping(PATH)
	String change(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		SignedInUser admin = requireAdministrator();
		Policy current = this.policies.of(admin.organizationId());
		Violations violations = new Violations();
		Map<String, Integer> changes = new LinkedHashMap<>();
		for (String key : Policy.DEFAULTS.keySet()) {
			String typed = form.get(key);
			if (typed == null) {
				// a setting the form did not send keeps its value
				continue;
			}
			String field = PolicyPage.field(key);
			Integer value = FormValues.integer(field, typed, violations);
			if (typed.isBlank()) {
				violations.add(field, "required", "is required");
			}
			else if (value != null && value != current.get(key)) {
				changes.put(key, value);
			}
		}
		try {
			violations.throwIfAny();
		}
		catch (InvalidInput unreadable) {
			return render(admin, form, FormErrors.of(unreadable), model);
		}
		if (changes.isEmpty()) {
			redirect.addFlashAttribute("flash", "policyPage.unchanged");
			return "redirect:" + PATH;
		}
		try {
			this.policies.change(admin, changes);
		}
		catch (InvalidInput invalid) {
			return render(admin, form, FormErrors.of(invalid.prefixed("policy")), model);
		}
		redirect.addFlashAttribute("flash", "policyPage.saved");
		return "redirect:" + PATH;
	}

	private String render(SignedInUser admin, Map<String, String> typed, FormErrors errors, Model model) {
		List<PolicyOverview.Entry> entries = this.overview.of(admin.organizationId());
		Map<String, String> values = new LinkedHashMap<>();
		for (PolicyOverview.Entry entry : entries) {
			String value = typed.get(entry.key());
			values.put(entry.key(), value != null ? value.strip() : String.valueOf(entry.value()));
		}
		model.addAttribute("view", new PolicyPage(entries, values));
		model.addAttribute("errors", errors);
		return "standards/policy";
	}

	private static SignedInUser requireAdministrator() {
		SignedInUser user = SignedInUser.require();
		if (!user.is(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator changes policy on this page.");
		}
		return user;
	}

}
