package org.tandem.services;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.cases.Cases;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The services pages: a case's services section (an htmx fragment of the case page, or a
 * page of its own with the complaint and partnership forms), the referral form, one
 * referral with its loop and monitoring, the referral board and the partnership report.
 */
@Controller
class ServicesPagesController {

	private final Referrals referrals;

	private final Partnership partnership;

	private final Cases cases;

	private final StaffDirectory staff;

	private final Clock clock;

	ServicesPagesController(Referrals referrals, Partnership partnership, Cases cases, StaffDirectory staff,
			Clock clock) {
		this.referrals = referrals;
		this.partnership = partnership;
		this.cases = cases;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/services")
	String section(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		if (htmx != null) {
			summary(id, model);
			return "services/section";
		}
		return renderCase(id, model, FormErrors.none(), Map.of());
	}

	@GetMapping("/referrals")
	String board(@RequestParam(required = false) String programId, Model model) {
		SignedInUser user = SignedInUser.require();
		UUID program = FormValues.uuid("programId", programId, new Violations());
		model.addAttribute("board", this.referrals.board(user, program));
		model.addAttribute("programs", this.staff.programsIn(user.organizationId()));
		model.addAttribute("programId", program == null ? "" : program.toString());
		return "services/board";
	}

	@GetMapping("/referrals/new")
	String pickCase(@RequestParam(required = false) String service, Model model) {
		SignedInUser user = SignedInUser.require();
		UUID serviceId = FormValues.uuid("service", service, new Violations());
		model.addAttribute("serviceId", serviceId == null ? "" : serviceId.toString());
		model.addAttribute("service", this.referrals.directoryService(user, serviceId).orElse(null));
		model.addAttribute("cases", this.referrals.casesToReferFrom(user));
		return "services/pickCase";
	}

	@GetMapping("/referrals/start")
	String start(@RequestParam(required = false) String caseId, @RequestParam(required = false) String service) {
		UUID id = FormValues.uuid("caseId", caseId, new Violations());
		if (id == null) {
			return "redirect:/referrals/new" + (service == null || service.isBlank() ? "" : "?service=" + service);
		}
		UUID serviceId = FormValues.uuid("service", service, new Violations());
		return "redirect:/cases/" + id + "/referrals/new" + (serviceId == null ? "" : "?service=" + serviceId);
	}

	@GetMapping("/cases/{id}/referrals/new")
	String referralForm(@PathVariable UUID id, @RequestParam(required = false) String service, Model model) {
		SignedInUser user = SignedInUser.require();
		Map<String, String> form = new HashMap<>();
		UUID serviceId = FormValues.uuid("service", service, new Violations());
		this.referrals.directoryService(user, serviceId).ifPresent(s -> {
			form.put("directoryServiceId", s.id().toString());
			form.put("serviceName", s.name());
			form.put("providerName", s.organizationName());
		});
		form.put("outsideProvider", "true");
		form.put("consent", "OBTAINED");
		form.put("consentObtainedBy", user.displayName());
		form.put("consentDate", today(user).toString());
		return renderForm(id, model, form, FormErrors.none());
	}

	@PostMapping("/cases/{id}/referrals")
	String create(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		String consentChoice = params.get("consent");
		Consent consent = null;
		if ("OBTAINED".equals(consentChoice)) {
			consent = Consent.obtained(
					FormValues.choice("consentForm", ConsentForm.class, params.get("consentForm"), violations),
					params.get("consentObtainedBy"),
					FormValues.date("consentDate", params.get("consentDate"), violations), params.get("consentScope"));
		}
		else if ("NOT_REQUIRED".equals(consentChoice)) {
			consent = Consent.notRequired(params.get("consentNotRequiredReason"));
		}
		NewReferral referral = new NewReferral(
				FormValues.uuid("directoryServiceId", params.get("directoryServiceId"), violations),
				params.get("serviceName"), params.get("providerName"), params.get("providerContact"),
				params.get("reason"), "true".equals(params.get("outsideProvider")),
				FormValues.date("scheduledStart", params.get("scheduledStart"), violations), consent);
		try {
			violations.throwIfAny();
			Referral created = this.referrals.create(user, id, referral, "send".equals(params.get("action")));
			redirect.addFlashAttribute("flash", "services.referral.created");
			return "redirect:/referrals/" + created.id();
		}
		catch (InvalidInput invalid) {
			return renderForm(id, model, new HashMap<>(params), FormErrors.of(invalid.prefixed("ref")));
		}
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model) {
		return renderReferral(id, model, FormErrors.none(), Map.of());
	}

	@PostMapping("/referrals/{id}/status")
	String move(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, @RequestParam(required = false) String startedOn,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		ReferralStatus target = FormValues.choice("status", ReferralStatus.class, status, violations);
		LocalDate started = FormValues.date("startedOn", startedOn, violations);
		Integer expected = FormValues.integer("version", version, violations);
		try {
			violations.throwIfAny();
			this.referrals.transition(user, id, target, note, started, expected);
			redirect.addFlashAttribute("flash", "services.referral.moved");
			return "redirect:/referrals/" + id;
		}
		catch (InvalidInput invalid) {
			return renderReferral(id, model, FormErrors.of(invalid.prefixed("move")),
					values("status", status, "note", note, "startedOn", startedOn));
		}
	}

	@PostMapping("/referrals/{id}/monitoring")
	String monitor(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String occurredAt, @RequestParam(required = false) String satisfactory,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		MonitoringKind parsed = FormValues.choice("kind", MonitoringKind.class, kind, violations);
		Instant at = FormValues.localDateTime("occurredAt", occurredAt, zone(user), violations);
		Boolean ok = satisfactory == null || satisfactory.isBlank() ? null : "true".equals(satisfactory);
		try {
			violations.throwIfAny();
			this.referrals.recordMonitoring(user, id, parsed, at, ok, note);
			redirect.addFlashAttribute("flash", "services.monitoring.recorded");
			return "redirect:/referrals/" + id;
		}
		catch (InvalidInput invalid) {
			return renderReferral(id, model, FormErrors.of(invalid.prefixed("mon")),
					values("kind", kind, "occurredAt", occurredAt, "note", note, "satisfactory", satisfactory));
		}
	}

	@PostMapping("/cases/{id}/complaints")
	String complaint(@PathVariable UUID id, @RequestParam(required = false) String referralId,
			@RequestParam(required = false) String about, @RequestParam(required = false) String receivedAt,
			@RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID referral = FormValues.uuid("referralId", referralId, violations);
		ComplaintAbout parsed = FormValues.choice("about", ComplaintAbout.class, about, violations);
		Instant at = FormValues.localDateTime("receivedAt", receivedAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.referrals.recordComplaint(user, id, referral, parsed, at, description);
			redirect.addFlashAttribute("flash", "services.complaint.recorded");
			return "redirect:/cases/" + id + "/services";
		}
		catch (InvalidInput invalid) {
			return renderCase(id, model, FormErrors.of(invalid.prefixed("complaint")), values("referralId", referralId,
					"about", about, "receivedAt", receivedAt, "description", description));
		}
	}

	@PostMapping("/complaints/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam(required = false) String answeredAt,
			@RequestParam(required = false) String answer, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Instant at = FormValues.localDateTime("answeredAt", answeredAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.referrals.answerComplaint(user, id, at, answer);
			redirect.addFlashAttribute("flash", "services.complaint.answered");
			return "redirect:/cases/" + caseId + "/services";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("answerFor", id.toString());
			return renderCase(caseId, model, FormErrors.of(invalid.prefixed("answer")),
					values("answeredAt", answeredAt, "answer", answer));
		}
	}

	@PostMapping("/cases/{id}/partnership")
	String partnershipEntry(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String occurredOn, @RequestParam(required = false) String description,
			@RequestParam(required = false) String benefitProgram, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String mediation, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		PartnershipKind parsed = FormValues.choice("kind", PartnershipKind.class, kind, violations);
		LocalDate on = FormValues.date("occurredOn", occurredOn, violations);
		BenefitOutcome result = FormValues.choice("outcome", BenefitOutcome.class, outcome, violations);
		try {
			violations.throwIfAny();
			this.partnership.record(user, id,
					new NewPartnershipEntry(parsed, on, description, benefitProgram, result, mediation));
			redirect.addFlashAttribute("flash", "services.partnership.recorded");
			return "redirect:/cases/" + id + "/services";
		}
		catch (InvalidInput invalid) {
			return renderCase(id, model, FormErrors.of(invalid.prefixed("pe")),
					values("kind", kind, "occurredOn", occurredOn, "description", description, "benefitProgram",
							benefitProgram, "outcome", outcome, "mediation", mediation));
		}
	}

	@PostMapping("/partnership-entries/{id}/outcome")
	String outcome(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		Violations violations = new Violations();
		BenefitOutcome result = FormValues.choice("outcome", BenefitOutcome.class, outcome, violations);
		violations.throwIfAny();
		this.partnership.updateOutcome(SignedInUser.require(), id, result);
		redirect.addFlashAttribute("flash", "services.partnership.outcomeUpdated");
		return "redirect:/cases/" + caseId + "/services";
	}

	@GetMapping("/referrals/partnership-report")
	String report(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			Model model) {
		SignedInUser user = SignedInUser.require();
		LocalDate today = today(user);
		Violations violations = new Violations();
		LocalDate start = FormValues.date("from", from, violations);
		LocalDate end = FormValues.date("until", until, violations);
		start = start == null ? today.withDayOfMonth(1).minusMonths(11) : start;
		end = end == null ? today : end;
		model.addAttribute("counts", this.partnership.report(user, start, end));
		model.addAttribute("from", start.toString());
		model.addAttribute("until", end.toString());
		return "services/report";
	}

	private void summary(UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("view", this.cases.view(user, id));
		model.addAttribute("referrals", this.referrals.ofCase(user, id));
		model.addAttribute("complaints", this.referrals.complaints(user, id));
		model.addAttribute("entries", this.partnership.ofCase(user, id));
	}

	private String renderCase(UUID id, Model model, FormErrors errors, Map<String, String> form) {
		SignedInUser user = SignedInUser.require();
		summary(id, model);
		Map<String, String> values = new HashMap<>(form);
		values.putIfAbsent("receivedAt", local(user, this.clock.instant()));
		values.putIfAbsent("answeredAt", local(user, this.clock.instant()));
		values.putIfAbsent("occurredOn", today(user).toString());
		model.addAttribute("errors", errors);
		model.addAttribute("form", values);
		if (!model.containsAttribute("answerFor")) {
			model.addAttribute("answerFor", "");
		}
		return "services/casePage";
	}

	private String renderForm(UUID id, Model model, Map<String, String> form, FormErrors errors) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("view", this.cases.view(user, id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("consentRequired", this.referrals.consentRequired(user.organizationId()));
		model.addAttribute("directory", this.referrals.directoryAvailable());
		return "services/form";
	}

	private String renderReferral(UUID id, Model model, FormErrors errors, Map<String, String> form) {
		SignedInUser user = SignedInUser.require();
		Referral referral = this.referrals.get(user, id);
		model.addAttribute("referral", referral);
		model.addAttribute("view", this.cases.view(user, referral.caseId()));
		model.addAttribute("errors", errors);
		Map<String, String> values = new HashMap<>(form);
		values.putIfAbsent("occurredAt", local(user, this.clock.instant()));
		values.putIfAbsent("startedOn", today(user).toString());
		model.addAttribute("form", values);
		return "services/referral";
	}

	private static Map<String, String> values(String... pairs) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put(pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

	private ZoneId zone(SignedInUser user) {
		return this.staff.timeZoneOf(user.organizationId());
	}

	private LocalDate today(SignedInUser user) {
		return LocalDate.now(this.clock.withZone(zone(user)));
	}

	private String local(SignedInUser user, Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone(user)).format(instant);
	}

}
