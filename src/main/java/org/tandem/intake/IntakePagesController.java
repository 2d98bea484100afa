package org.tandem.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.cases.CaseView;
import org.tandem.cases.Cases;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The intake pages: a case's screening and intake section (an htmx fragment of the case
 * page, or a page of its own), the screening form, the triage board and the waiting list.
 */
@Controller
class IntakePagesController {

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Intake intake;

	private final Cases cases;

	private final StaffDirectory directory;

	private final java.time.Clock clock;

	IntakePagesController(Intake intake, Cases cases, StaffDirectory directory, java.time.Clock clock) {
		this.intake = intake;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/intake")
	String board(Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("rows", this.intake.triageBoard(user));
		model.addAttribute("inquiries", this.cases.visible(user, org.tandem.cases.CaseStatus.INQUIRY, 200, 0));
		return "intake/board";
	}

	@GetMapping("/intake/waiting-list")
	String waitingList(Model model) {
		model.addAttribute("entries", this.intake.waitingList(SignedInUser.require()));
		return "intake/waitingList";
	}

	@GetMapping("/cases/{id}/intake")
	String caseIntake(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		if (htmx != null) {
			summary(id, model);
			return "intake/summary";
		}
		return renderCase(id, model, FormErrors.none(), null);
	}

	@GetMapping("/cases/{id}/screening")
	String screeningForm(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		ScreeningForm form = this.intake.screening(user, id)
			.map(s -> new ScreeningForm(s.inquiryChannel().name(), s.referringAgency(), s.request(),
					s.programMatch().name(), s.matchReasons(), s.servicesExplained(), s.levelOfService().name(),
					s.criticalNeeds().stream().map(Enum::name).toList(), s.urgency().name(),
					local(user, s.occurredAt()), String.valueOf(s.version()), null))
			.orElseGet(() -> new ScreeningForm(null, null, null, null, null, null, null, List.of(), null,
					local(user, Instant.now(this.clock)), null, null));
		return renderForm(id, model, form, FormErrors.none());
	}

	@PostMapping("/cases/{id}/screening")
	String screen(@PathVariable UUID id, @RequestParam(required = false) String inquiryChannel,
			@RequestParam(required = false) String referringAgency, @RequestParam(required = false) String request,
			@RequestParam(required = false) String programMatch, @RequestParam(required = false) String matchReasons,
			@RequestParam(required = false) String servicesExplained,
			@RequestParam(required = false) String levelOfService,
			@RequestParam(required = false) List<String> criticalNeeds, @RequestParam(required = false) String urgency,
			@RequestParam(required = false) String occurredAt, @RequestParam(required = false) String version,
			@RequestParam(required = false) String correctionReason, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		ScreeningForm form = new ScreeningForm(inquiryChannel, referringAgency, request, programMatch, matchReasons,
				servicesExplained, levelOfService, criticalNeeds, urgency, occurredAt, version, correctionReason);
		Violations violations = new Violations();
		List<CriticalNeed> needs = new ArrayList<>();
		for (String need : form.criticalNeeds()) {
			CriticalNeed parsed = FormValues.choice("criticalNeeds", CriticalNeed.class, need, violations);
			if (parsed != null) {
				needs.add(parsed);
			}
		}
		NewScreening screening = new NewScreening(
				FormValues.choice("inquiryChannel", InquiryChannel.class, inquiryChannel, violations), referringAgency,
				request, FormValues.choice("programMatch", ProgramMatch.class, programMatch, violations), matchReasons,
				servicesExplained,
				FormValues.choice("levelOfService", LevelOfService.class, levelOfService, violations), needs,
				FormValues.choice("urgency", Urgency.class, urgency, violations),
				FormValues.localDateTime("occurredAt", occurredAt, zone(user), violations), null);
		Integer expectedVersion = FormValues.integer("version", version, violations);
		try {
			violations.throwIfAny();
			this.intake.screen(user, id, screening, expectedVersion, correctionReason);
			redirect.addFlashAttribute("flash", "intake.screened");
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput invalid) {
			return renderForm(id, model, form, FormErrors.of(invalid));
		}
	}

	@PostMapping("/cases/{id}/waiting-list")
	String place(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.intake.placeOnWaitingList(SignedInUser.require(), id, reason);
			redirect.addFlashAttribute("flash", "intake.placed");
			return "redirect:/cases/" + id + "/intake";
		}
		catch (InvalidInput invalid) {
			return renderCase(id, model, FormErrors.of(invalid.prefixed("wl")), null);
		}
	}

	@PostMapping("/cases/{id}/waiting-list/intake")
	String admit(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.intake.admitFromWaitingList(SignedInUser.require(), id, reason);
			redirect.addFlashAttribute("flash", "intake.admitted");
			return "redirect:/cases/" + id + "/intake";
		}
		catch (InvalidInput invalid) {
			return renderCase(id, model, FormErrors.of(invalid.prefixed("admit")), null);
		}
	}

	@PostMapping("/cases/{id}/referrals-out")
	String referOut(@PathVariable UUID id, @RequestParam(required = false) String resourceName,
			@RequestParam(required = false) String howToReach, @RequestParam(required = false) String whatWasDone,
			@RequestParam(required = false) String referredAt, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Instant at = FormValues.localDateTime("referredAt", referredAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.intake.referOut(user, id, new NewReferralOut(resourceName, howToReach, whatWasDone, at));
			redirect.addFlashAttribute("flash", "intake.referred");
			return "redirect:/cases/" + id + "/intake";
		}
		catch (InvalidInput invalid) {
			return renderCase(id, model, FormErrors.of(invalid),
					new String[] { resourceName, howToReach, whatWasDone, referredAt });
		}
	}

	@PostMapping("/cases/{id}/screening/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		this.intake.acknowledge(SignedInUser.require(), id);
		redirect.addFlashAttribute("flash", "intake.acknowledged");
		return "redirect:/intake";
	}

	private void summary(UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		CaseView view = this.cases.view(user, id);
		model.addAttribute("view", view);
		model.addAttribute("screening", this.intake.screening(user, id).orElse(null));
		model.addAttribute("versions", this.intake.screeningVersions(user, id));
		model.addAttribute("entries", this.intake.entries(user, id));
		model.addAttribute("referrals", this.intake.referralsOut(user, id));
	}

	private String renderCase(UUID id, Model model, FormErrors errors, String[] referral) {
		SignedInUser user = SignedInUser.require();
		summary(id, model);
		model.addAttribute("errors", errors);
		model.addAttribute("referral",
				referral != null ? referral : new String[] { "", "", "", local(user, Instant.now(this.clock)) });
		return "intake/casePage";
	}

	private String renderForm(UUID id, Model model, ScreeningForm form, FormErrors errors) {
		model.addAttribute("view", this.cases.view(SignedInUser.require(), id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "intake/screening";
	}

	private ZoneId zone(SignedInUser user) {
		return this.directory.timeZoneOf(user.organizationId());
	}

	private String local(SignedInUser user, Instant instant) {
		return LOCAL_INPUT.withZone(zone(user)).format(instant);
	}

}
