package org.tandem.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.cases.CaseFile;
import org.tandem.cases.Cases;
import org.tandem.clients.Clients;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The assessment pages: a case's assessments, triggers, specialized assessments and
 * instrument scores; the assessment form; and the fragment the case page loads.
 */
@Controller
class AssessmentPagesController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Assessments assessments;

	private final Instruments instruments;

	private final Cases cases;

	private final StaffDirectory directory;

	private final Clock clock;

	AssessmentPagesController(Assessments assessments, Instruments instruments, Cases cases, StaffDirectory directory,
			Clock clock) {
		this.assessments = assessments;
		this.instruments = instruments;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	/** What the record-an-event and request-a-specialist forms hold when shown again. */
	record QuickForm(String kind, String at, String text, String note) {
	}

	@GetMapping("/cases/{id}/assessment-summary")
	String summary(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		if (htmx == null) {
			return "redirect:/cases/" + id + "/assessments";
		}
		SignedInUser user = SignedInUser.require();
		model.addAttribute("caseId", id);
		model.addAttribute("next", this.assessments.nextDue(user, id).orElse(null));
		model.addAttribute("kinds", List.of(ReassessmentTrigger.Kind.values()));
		model.addAttribute("now", now(user));
		return "assessment/summary";
	}

	@GetMapping("/cases/{id}/assessments")
	String list(@PathVariable UUID id, Model model) {
		return renderList(id, model, FormErrors.none(), null, FormErrors.none(), null);
	}

	@PostMapping("/cases/{id}/assessments")
	String start(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String triggerId, Model model) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Assessment.Kind k = FormValues.choice("kind", Assessment.Kind.class, kind, violations);
		UUID trigger = FormValues.uuid("triggerId", triggerId, violations);
		try {
			violations.throwIfAny();
			UUID assessmentId = this.assessments.startDraft(user, id, new AssessmentContent(k, trigger, null, null,
					null, null, false, null, null, null, null, null, null, null, null));
			return "redirect:/assessments/" + assessmentId;
		}
		catch (InvalidInput invalid) {
			return renderList(id, model, FormErrors.of(invalid), null, FormErrors.none(), null);
		}
	}

	@PostMapping("/cases/{id}/reassessment-triggers")
	String recordTrigger(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String occurredAt, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		ReassessmentTrigger.Kind k = FormValues.choice("kind", ReassessmentTrigger.Kind.class, kind, violations);
		Instant at = FormValues.localDateTime("occurredAt", occurredAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.assessments.recordTrigger(user, id, k, at, note);
			redirect.addFlashAttribute("flash", "assessment.triggerRecorded");
			return "redirect:/cases/" + id;
		}
		catch (InvalidInput invalid) {
			return renderList(id, model, FormErrors.of(invalid.prefixed("trigger")),
					new QuickForm(kind, occurredAt, null, note), FormErrors.none(), null);
		}
	}

	@PostMapping("/cases/{id}/specialized-assessments")
	String requestSpecialized(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String requestedFrom, @RequestParam(required = false) String requestedAt,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		SpecializedAssessment.Kind k = FormValues.choice("kind", SpecializedAssessment.Kind.class, kind, violations);
		Instant at = FormValues.localDateTime("requestedAt", requestedAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.assessments.requestSpecialized(user, id, k, requestedFrom, at, note);
			redirect.addFlashAttribute("flash", "assessment.specializedRequested");
			return "redirect:/cases/" + id + "/assessments#specialized";
		}
		catch (InvalidInput invalid) {
			return renderList(id, model, FormErrors.none(), null, FormErrors.of(invalid.prefixed("specialized")),
					new QuickForm(kind, requestedAt, requestedFrom, note));
		}
	}

	@PostMapping("/cases/{id}/specialized-assessments/{requestId}/received")
	String received(@PathVariable UUID id, @PathVariable UUID requestId,
			@RequestParam(required = false) String receivedAt, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Instant at = FormValues.localDateTime("receivedAt", receivedAt, zone(user), violations);
		try {
			violations.throwIfAny();
			this.assessments.receiveSpecialized(user, id, requestId, at);
			redirect.addFlashAttribute("flash", "assessment.specializedReceived");
			return "redirect:/cases/" + id + "/assessments#specialized";
		}
		catch (InvalidInput invalid) {
			return renderList(id, model, FormErrors.none(), null, FormErrors.of(invalid.prefixed("specialized")), null);
		}
	}

	@GetMapping("/cases/{id}/instruments/{instrumentId}")
	String instrumentForm(@PathVariable UUID id, @PathVariable UUID instrumentId, Model model) {
		return renderInstrument(id, instrumentId, FormErrors.none(), java.util.Map.of(), null, model);
	}

	@PostMapping("/cases/{id}/instruments/{instrumentId}")
	String administer(@PathVariable UUID id, @PathVariable UUID instrumentId,
			@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Instant at = FormValues.localDateTime("administeredAt", values.getFirst("administeredAt"), zone(user),
				violations);
		java.util.Map<String, Integer> answers = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
		values.forEach((name, list) -> {
			if (name.startsWith("answer-") && !list.isEmpty()) {
				String item = name.substring("answer-".length());
				typed.put(item, list.get(0));
				Integer value = FormValues.integer("answers." + item, list.get(0), violations);
				if (value != null) {
					answers.put(item, value);
				}
			}
		});
		try {
			violations.throwIfAny();
			CaseFile caseFile = this.cases.get(user, id);
			this.instruments.administer(user, caseFile.clientId(),
					new Instruments.NewAdministration(instrumentId, id, at, answers));
			redirect.addFlashAttribute("flash", "assessment.instrumentRecorded");
			return "redirect:/cases/" + id + "/assessments";
		}
		catch (InvalidInput invalid) {
			return renderInstrument(id, instrumentId, FormErrors.of(invalid), typed, values.getFirst("administeredAt"),
					model);
		}
	}

	private String renderInstrument(UUID caseId, UUID instrumentId, FormErrors errors,
			java.util.Map<String, String> answers, String administeredAt, Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("caseId", caseId);
		model.addAttribute("clientName", this.cases.view(user, caseId).clientName());
		model.addAttribute("instrument", this.instruments.get(user, instrumentId));
		model.addAttribute("errors", errors);
		model.addAttribute("answers", answers);
		model.addAttribute("administeredAt", administeredAt != null ? administeredAt : now(user));
		return "assessment/instrument";
	}

	@GetMapping("/assessments/{id}")
	String show(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		Assessment assessment = this.assessments.get(user, id);
		return renderForm(assessment, AssessmentForm.of(assessment, zone(user)), FormErrors.none(), model);
	}

	@PostMapping("/assessments/{id}")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		AssessmentForm form = AssessmentForm.of(values);
		boolean complete = "complete".equals(values.getFirst("action"));
		Violations violations = new Violations();
		AssessmentContent content = form.content(zone(user), violations, List.of());
		Clients.NewNaturalSupport newSupport = form.newSupportName().isBlank() ? null
				: new Clients.NewNaturalSupport(form.newSupportName(), form.newSupportRelationship(), null, null);
		Assessment saved = null;
		try {
			violations.throwIfAny();
			saved = this.assessments.saveDraft(user, id, content, newSupport);
			if (complete) {
				this.assessments.complete(user, id, saved.version());
				redirect.addFlashAttribute("flash", "assessment.completed");
				return "redirect:/cases/" + saved.caseId() + "/assessments";
			}
			redirect.addFlashAttribute("flash", "assessment.saved");
			return "redirect:/assessments/" + id;
		}
		catch (InvalidInput invalid) {
			Assessment current = saved != null ? saved : this.assessments.get(user, id);
			AssessmentForm shown = saved != null ? AssessmentForm.of(saved, zone(user)) : form;
			return renderForm(current, shown, FormErrors.of(invalid), model);
		}
		catch (OptimisticLockingFailureException stale) {
			Assessment current = this.assessments.get(user, id);
			return renderForm(current, form,
					FormErrors.of(new Violations().add("version", "stale-version",
							"someone saved this draft meanwhile; the form shows what you typed")),
					model, current.version());
		}
	}

	/**
	 * Saves a draft as the worker types (htmx, on change); answers the new version and a
	 * short status, or why it could not save. The form's own buttons still work without
	 * it.
	 */
	@PostMapping(path = "/assessments/{id}/autosave", headers = "HX-Request")
	String autosave(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> values, Model model) {
		SignedInUser user = SignedInUser.require();
		AssessmentForm form = AssessmentForm.of(values);
		Violations violations = new Violations();
		AssessmentContent content = form.content(zone(user), violations, List.of());
		model.addAttribute("version", form.version());
		try {
			violations.throwIfAny();
			Assessment saved = this.assessments.saveDraft(user, id, content);
			model.addAttribute("version", saved.version());
			model.addAttribute("status", "assessment.autosaved");
		}
		catch (InvalidInput invalid) {
			model.addAttribute("status", "assessment.autosaveRefused");
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("status", "assessment.autosaveStale");
		}
		return "assessment/autosaved";
	}

	@PostMapping("/assessments/{id}/corrections")
	String correct(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			UUID correction = this.assessments.correct(user, id, reason);
			redirect.addFlashAttribute("flash", "assessment.correctionStarted");
			return "redirect:/assessments/" + correction;
		}
		catch (InvalidInput invalid) {
			Assessment assessment = this.assessments.get(user, id);
			return renderForm(assessment, AssessmentForm.of(assessment, zone(user)), FormErrors.of(invalid), model);
		}
	}

	private String renderForm(Assessment assessment, AssessmentForm form, FormErrors errors, Model model) {
		return renderForm(assessment, form, errors, model, form.version());
	}

	private String renderForm(Assessment assessment, AssessmentForm form, FormErrors errors, Model model, int version) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("assessment", assessment);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("clientName", this.cases.view(user, assessment.caseId()).clientName());
		model.addAttribute("network", this.assessments.network(user, assessment.caseId()));
		model.addAttribute("triggers", this.assessments.triggers(user, assessment.caseId()));
		return "assessment/form";
	}

	private String renderList(UUID caseId, Model model, FormErrors triggerErrors, QuickForm triggerForm,
			FormErrors specializedErrors, QuickForm specializedForm) {
		SignedInUser user = SignedInUser.require();
		CaseFile caseFile = this.cases.get(user, caseId);
		String now = now(user);
		model.addAttribute("caseId", caseId);
		model.addAttribute("clientName", this.cases.view(user, caseId).clientName());
		model.addAttribute("assessments", this.assessments.ofCase(user, caseId));
		model.addAttribute("triggers", this.assessments.triggers(user, caseId));
		model.addAttribute("specialized", this.assessments.specialized(user, caseId));
		model.addAttribute("administrations", this.instruments.administrations(user, caseFile.clientId()));
		model.addAttribute("instruments", this.instruments.available(user));
		model.addAttribute("next", this.assessments.nextDue(user, caseId).orElse(null));
		model.addAttribute("triggerErrors", triggerErrors);
		model.addAttribute("triggerForm", triggerForm != null ? triggerForm : new QuickForm("", now, "", ""));
		model.addAttribute("specializedErrors", specializedErrors);
		model.addAttribute("specializedForm",
				specializedForm != null ? specializedForm : new QuickForm("", now, "", ""));
		model.addAttribute("now", now);
		return "assessment/list";
	}

	private ZoneId zone(SignedInUser user) {
		return this.directory.timeZoneOf(user.organizationId());
	}

	private String now(SignedInUser user) {
		return LOCAL.withZone(zone(user)).format(Instant.now(this.clock));
	}

}
