package org.tandem.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.Program;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/** Find a person, register a new one (after the duplicate check), and their profile. */
@Controller
class ClientPagesController {

	private final Clients clients;

	private final StaffDirectory directory;

	private final Clock clock;

	ClientPagesController(Clients clients, StaffDirectory directory, Clock clock) {
		this.clients = clients;
		this.directory = directory;
		this.clock = clock;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/clients")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String dateOfBirth,
			Model model) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		LocalDate dob = FormValues.date("dateOfBirth", dateOfBirth, violations);
		boolean searched = (q != null && !q.isBlank()) || dob != null;
		List<Client> results = searched ? this.clients.search(user, q, dob) : List.of();
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("dateOfBirth", dateOfBirth == null ? "" : dateOfBirth);
		model.addAttribute("searched", searched);
		model.addAttribute("results", results);
		model.addAttribute("searchErrors", FormErrors.of(violations));
		model.addAttribute("form", ClientForm.empty(q, dateOfBirth));
		model.addAttribute("programs", enrollablePrograms(user));
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("duplicates", List.<PossibleDuplicate>of());
		return "clients/search";
	}

	@PostMapping("/clients")
	String register(@ModelAttribute ClientForm form, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		ClientDetails details = form.details(violations);
		UUID programId = FormValues.uuid("programId", form.programId(), violations);
		try {
			violations.throwIfAny();
			Clients.RegistrationResult result = this.clients.register(user,
					new Clients.Registration(details, programId), Boolean.TRUE.equals(form.notADuplicate()));
			if (result.registered()) {
				redirect.addFlashAttribute("flash", "client.registered");
				return "redirect:/clients/" + result.clientId().get();
			}
			model.addAttribute("duplicates", result.duplicates());
			model.addAttribute("errors", FormErrors.none());
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid));
			model.addAttribute("duplicates", List.<PossibleDuplicate>of());
		}
		model.addAttribute("q", "");
		model.addAttribute("dateOfBirth", "");
		model.addAttribute("searched", false);
		model.addAttribute("results", List.<Client>of());
		model.addAttribute("searchErrors", FormErrors.none());
		model.addAttribute("form", form);
		model.addAttribute("programs", enrollablePrograms(user));
		return "clients/search";
	}

	@GetMapping("/clients/{id}")
	String profile(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		Client client = this.clients.get(user, id);
		profileModel(user, client, model);
		model.addAttribute("memberErrors", FormErrors.none());
		model.addAttribute("supportErrors", FormErrors.none());
		return "clients/profile";
	}

	@GetMapping("/clients/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		Client client = this.clients.get(user, id);
		model.addAttribute("client", client);
		model.addAttribute("form", ClientForm.of(client));
		model.addAttribute("errors", FormErrors.none());
		return "clients/edit";
	}

	@PostMapping("/clients/{id}")
	String update(@PathVariable UUID id, @ModelAttribute ClientForm form, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		ClientDetails details = form.details(violations);
		violations.requiredValue("version", form.version());
		try {
			violations.throwIfAny();
			this.clients.update(user, id, form.version(), details);
			redirect.addFlashAttribute("flash", "client.updated");
			return "redirect:/clients/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("client", this.clients.get(user, id));
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.of(invalid));
			return "clients/edit";
		}
	}

	@PostMapping("/clients/{id}/household")
	String addHouseholdMember(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String relationship, @RequestParam(required = false) String dateOfBirth,
			@RequestParam(defaultValue = "false") boolean livesWith, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		LocalDate dob = FormValues.date("dateOfBirth", dateOfBirth, violations);
		try {
			violations.throwIfAny();
			this.clients.addHouseholdMember(user, id,
					new Clients.NewHouseholdMember(name, relationship, dob, livesWith));
			redirect.addFlashAttribute("flash", "client.memberAdded");
			return "redirect:/clients/" + id + "#household";
		}
		catch (InvalidInput invalid) {
			profileModel(user, this.clients.get(user, id), model);
			model.addAttribute("memberErrors", FormErrors.of(invalid.prefixed("member")));
			model.addAttribute("supportErrors", FormErrors.none());
			return "clients/profile";
		}
	}

	@PostMapping("/clients/{id}/supports")
	String addNaturalSupport(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String relationship, @RequestParam(required = false) String role,
			@RequestParam(required = false) String howToReach, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			this.clients.addNaturalSupport(user, id,
					new Clients.NewNaturalSupport(name, relationship, role, howToReach));
			redirect.addFlashAttribute("flash", "client.supportAdded");
			return "redirect:/clients/" + id + "#supports";
		}
		catch (InvalidInput invalid) {
			profileModel(user, this.clients.get(user, id), model);
			model.addAttribute("memberErrors", FormErrors.none());
			model.addAttribute("supportErrors", FormErrors.of(invalid.prefixed("support")));
			return "clients/profile";
		}
	}

	private void profileModel(SignedInUser user, Client client, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("household", this.clients.household(user, client.id()));
		model.addAttribute("supports", this.clients.naturalSupports(user, client.id()));
		model.addAttribute("today",
				LocalDate.now(this.clock.withZone(this.directory.timeZoneOf(user.organizationId()))));
	}

	private List<Program> enrollablePrograms(SignedInUser user) {
		List<Program> all = this.directory.programsIn(user.organizationId());
		if (user.role() == org.tandem.identity.Role.ADMINISTRATOR) {
			return all;
		}
		List<UUID> mine = this.directory.programIdsOf(user.id());
		return all.stream().filter(p -> mine.contains(p.id())).toList();
	}

}
