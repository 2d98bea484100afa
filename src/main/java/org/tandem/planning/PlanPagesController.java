package org.tandem.planning;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.cases.Cases;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The plan pages: the case's plan (editor, signatures, revisions, progress, crises) and
 * the fragment the case page loads.
 */
@Controller
class PlanPagesController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final ServicePlans plans;

	private final Cases cases;

	private final StaffDirectory directory;

	private final Clock clock;

	PlanPagesController(ServicePlans plans, Cases cases, StaffDirectory directory, Clock clock) {
		this.plans = plans;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	/** The form an error belongs to, and what was typed in the plan editor. */
	record Shown(String form, FormErrors errors, PlanForm plan) {

		static Shown nothing() {
			return new Shown("", FormErrors.none(), null);
		}

	}

	@GetMapping("/cases/{id}/plan-summary")
	String summary(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		if (htmx == null) {
			return "redirect:/cases/" + id + "/plan";
		}
		model.addAttribute("overview", this.plans.overview(SignedInUser.require(), id));
		return "planning/summary";
	}

	@GetMapping("/cases/{id}/plan")
	String page(@PathVariable UUID id, Model model) {
		return render(id, Shown.nothing(), model);
	}

	@PostMapping("/cases/{id}/plan")
	String start(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			this.plans.start(SignedInUser.require(), id);
			redirect.addFlashAttribute("flash", "planning.started");
			return "redirect:/cases/" + id + "/plan";
		}
		catch (InvalidInput invalid) {
			return render(id, new Shown("start", FormErrors.of(invalid), null), model);
		}
	}

	@PostMapping("/plans/{planId}")
	String save(@PathVariable UUID planId, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		ServicePlan plan = this.plans.get(user, planId);
		PlanForm form = PlanForm.of(values);
		Violations violations = new Violations();
		PlanContent content = form.content(violations);
		try {
			violations.throwIfAny();
			this.plans.save(user, planId, content);
			redirect.addFlashAttribute("flash", "planning.saved");
			return "redirect:/cases/" + plan.caseId() + "/plan#plan-editor";
		}
		catch (InvalidInput invalid) {
			return render(plan.caseId(), new Shown("plan", FormErrors.of(invalid), form), model);
		}
		catch (OptimisticLockingFailureException stale) {
			return render(plan.caseId(), new Shown("plan", FormErrors.of(new Violations().add("version",
					"stale-version", "someone saved this plan meanwhile; the form shows what you typed")), form),
					model);
		}
	}

	@PostMapping("/plans/{planId}/revisions")
	String revise(@PathVariable UUID planId, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		ServicePlan plan = this.plans.get(user, planId);
		try {
			this.plans.revise(user, planId, reason);
			redirect.addFlashAttribute("flash", "planning.revised");
			return "redirect:/cases/" + plan.caseId() + "/plan#plan-editor";
		}
		catch (InvalidInput invalid) {
			return render(plan.caseId(), new Shown("revise", FormErrors.of(invalid), null), model);
		}
	}

	@PostMapping("/cases/{id}/plan/signatures")
	String sign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		Violations violations = new Violations();
		byte[] image = null;
		String drawn = values.getFirst("image");
		if (drawn != null && drawn.startsWith("data:image/png;base64,")) {
			try {
				image = Base64.getDecoder().decode(drawn.substring("data:image/png;base64,".length()));
			}
			catch (IllegalArgumentException unreadable) {
				violations.add("image", "drawn-signature", "draw the signature in the box first");
			}
		}
		return sign(id, values, image, null, violations, model, redirect);
	}

	@PostMapping(path = "/cases/{id}/plan/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String signOnPaper(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values,
			@RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = scan == null || scan.isEmpty() ? null : scan.getBytes();
		return sign(id, values, bytes, scan == null ? null : scan.getContentType(), new Violations(), model, redirect);
	}

	private String sign(UUID caseId, MultiValueMap<String, String> values, byte[] image, String imageType,
			Violations violations, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		String method = values.getFirst("method");
		String form = "sign-" + (method == null ? "" : method.toLowerCase(java.util.Locale.ROOT));
		UUID version = FormValues.uuid("planVersionId", values.getFirst("planVersionId"), violations);
		PlanSignature.Signer signer = FormValues.choice("signer", PlanSignature.Signer.class, values.getFirst("signer"),
				violations);
		PlanSignature.Method m = FormValues.choice("method", PlanSignature.Method.class, method, violations);
		try {
			violations.throwIfAny();
			this.plans.sign(user, caseId, new NewSignature(version, signer, values.getFirst("signerName"), m,
					values.containsKey("attested"), image, imageType));
			redirect.addFlashAttribute("flash", "planning.signed");
			return "redirect:/cases/" + caseId + "/plan#plan-signatures";
		}
		catch (InvalidInput invalid) {
			return render(caseId, new Shown(form, FormErrors.of(invalid), null), model);
		}
	}

	@GetMapping("/plan-signatures/{signatureId}/image")
	ResponseEntity<byte[]> image(@PathVariable UUID signatureId) {
		ServicePlans.SignatureImage image = this.plans.signatureImage(SignedInUser.require(), signatureId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.type()))
			.header("Cache-Control", "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(image.bytes());
	}

	@PostMapping("/cases/{id}/plan/progress")
	String progress(@PathVariable UUID id, @RequestParam(required = false) String goalKey,
			@RequestParam(required = false) String status, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reviewedOn, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID key = FormValues.uuid("goalKey", goalKey, violations);
		GoalProgress.Status s = FormValues.choice("status", GoalProgress.Status.class, status, violations);
		LocalDate on = FormValues.date("reviewedOn", reviewedOn, violations);
		try {
			violations.throwIfAny();
			this.plans.recordProgress(user, id, key, s, note, on);
			redirect.addFlashAttribute("flash", "planning.progressRecorded");
			return "redirect:/cases/" + id + "/plan#plan-progress";
		}
		catch (InvalidInput invalid) {
			return render(id, new Shown("progress", FormErrors.of(invalid.prefixed("progress")), null), model);
		}
	}

	@PostMapping("/cases/{id}/plan/crises")
	String crisis(@PathVariable UUID id, @RequestParam(required = false) String identifiedAt,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Instant at = FormValues.localDateTime("identifiedAt", identifiedAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.plans.recordCrisis(user, id, at, note);
			redirect.addFlashAttribute("flash", "planning.crisisRecorded");
			return "redirect:/cases/" + id + "/plan";
		}
		catch (InvalidInput invalid) {
			return render(id, new Shown("crisis", FormErrors.of(invalid.prefixed("crisis")), null), model);
		}
	}

	private String render(UUID caseId, Shown shown, Model model) {
		SignedInUser user = SignedInUser.require();
		PlanOverview overview = this.plans.overview(user, caseId);
		List<ServicePlan> versions = this.plans.ofCase(user, caseId);
		ServicePlan latest = overview.latest();
		model.addAttribute("caseId", caseId);
		model.addAttribute("clientName", this.cases.view(user, caseId).clientName());
		model.addAttribute("overview", overview);
		model.addAttribute("versions", versions);
		model.addAttribute("form", shown.plan() != null ? shown.plan()
				: latest != null && !latest.isLocked() ? PlanForm.of(latest) : null);
		model.addAttribute("progress", this.plans.progress(user, caseId));
		model.addAttribute("crises", this.plans.crises(user, caseId));
		model.addAttribute("errors", new PlanPageErrors(shown.form(), shown.errors()));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(zone(user))).toString());
		model.addAttribute("now", LOCAL.withZone(zone(user)).format(Instant.now(this.clock)));
		return "planning/plan";
	}

	private ZoneId zone(SignedInUser user) {
		return this.directory.timeZoneOf(user.organizationId());
	}

}
