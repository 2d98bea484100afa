package org.tandem.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The review pages: a case's reviews and the form to record one, the fragment the case
 * page loads, the supervisor's review queue and the administrator's settings.
 */
@Controller
class ReviewPagesController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final CaseReviews reviews;

	private final Cases cases;

	private final StaffDirectory directory;

	private final Clock clock;

	ReviewPagesController(CaseReviews reviews, Cases cases, StaffDirectory directory, Clock clock) {
		this.reviews = reviews;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/review-summary")
	String summary(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		if (htmx == null) {
			return "redirect:/cases/" + id + "/reviews";
		}
		model.addAttribute("caseId", id);
		model.addAttribute("next", this.reviews.next(SignedInUser.require(), id));
		return "reviews/summary";
	}

	@GetMapping("/cases/{id}/reviews")
	String list(@PathVariable UUID id, Model model) {
		return render(id, FormErrors.none(), null, FormErrors.none(), model);
	}

	@PostMapping("/cases/{id}/reviews")
	String record(@PathVariable UUID id, ReviewForm form, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		CaseReview.Kind kind = FormValues.choice("kind", CaseReview.Kind.class, form.kind(), violations);
		Instant at = FormValues.localDateTime("reviewedAt", form.reviewedAt(), zone(user), violations);
		Boolean fit = form.goalsStillFit() == null || form.goalsStillFit().isBlank() ? null
				: Boolean.valueOf(form.goalsStillFit());
		try {
			violations.throwIfAny();
			this.reviews.record(user, id, new NewReview(kind, at, form.participants(), form.planImplementation(),
					form.progress(), fit, form.goalsNote(), form.outcome(), form.followUp()));
			redirect.addFlashAttribute("flash", "reviews.recorded");
			return "redirect:/cases/" + id + "/reviews";
		}
		catch (InvalidInput invalid) {
			return render(id, FormErrors.of(invalid.prefixed("review")), form, FormErrors.none(), model);
		}
	}

	@PostMapping("/cases/{id}/review-interval")
	String interval(@PathVariable UUID id, @RequestParam(required = false) String everyMonths,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Integer months = FormValues.integer("everyMonths", everyMonths, violations);
		try {
			violations.throwIfAny();
			this.reviews.setInterval(user, id, months, reason);
			redirect.addFlashAttribute("flash", "reviews.intervalSet");
			return "redirect:/cases/" + id + "/reviews";
		}
		catch (InvalidInput invalid) {
			return render(id, FormErrors.none(), null, FormErrors.of(invalid.prefixed("interval")), model);
		}
	}

	@GetMapping("/reviews")
	String queue(Model model) {
		return renderQueue(FormErrors.none(), model);
	}

	@PostMapping("/reviews/{reviewId}/sample-check")
	String check(@PathVariable UUID reviewId, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		try {
			this.reviews.checkSample(SignedInUser.require(), reviewId, note);
			redirect.addFlashAttribute("flash", "reviews.sampleChecked");
			return "redirect:/reviews";
		}
		catch (InvalidInput invalid) {
			return renderQueue(FormErrors.of(invalid.prefixed("sample")), model);
		}
	}

	@GetMapping("/admin/reviews")
	String settings(Model model) {
		return renderSettings(FormErrors.none(), model);
	}

	@PostMapping("/admin/reviews")
	String saveSettings(@RequestParam(required = false) String samplePercent,
			@RequestParam(name = "experienced", required = false) List<String> experienced, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Integer percent = FormValues.integer("samplePercent", samplePercent, violations);
		Set<UUID> workers = new HashSet<>();
		if (experienced != null) {
			experienced.forEach(w -> {
				UUID id = FormValues.uuid("experiencedWorkers", w, violations);
				if (id != null) {
					workers.add(id);
				}
			});
		}
		try {
			violations.throwIfAny();
			this.reviews.saveSettings(user, percent, workers);
			redirect.addFlashAttribute("flash", "reviews.settingsSaved");
			return "redirect:/admin/reviews";
		}
		catch (InvalidInput invalid) {
			return renderSettings(FormErrors.of(invalid), model);
		}
	}

	private String render(UUID caseId, FormErrors errors, ReviewForm form, FormErrors intervalErrors, Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("caseId", caseId);
		model.addAttribute("clientName", this.cases.view(user, caseId).clientName());
		model.addAttribute("reviews", this.reviews.ofCase(user, caseId));
		model.addAttribute("next", this.reviews.next(user, caseId));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form != null ? form : new ReviewForm("",
				LOCAL.withZone(zone(user)).format(this.clock.instant()), "", "", "", "", "", "", ""));
		model.addAttribute("intervalErrors", intervalErrors);
		return "reviews/list";
	}

	private String renderQueue(FormErrors errors, Model model) {
		model.addAttribute("queue", this.reviews.queue(SignedInUser.require()));
		model.addAttribute("errors", errors);
		return "reviews/queue";
	}

	private String renderSettings(FormErrors errors, Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("settings", this.reviews.settings(user));
		model.addAttribute("workers",
				this.directory.staffIn(user.organizationId())
					.stream()
					.filter(s -> s.role().carriesCaseload())
					.toList());
		model.addAttribute("errors", errors);
		return "reviews/settings";
	}

	private ZoneId zone(SignedInUser user) {
		return this.directory.timeZoneOf(user.organizationId());
	}

}
