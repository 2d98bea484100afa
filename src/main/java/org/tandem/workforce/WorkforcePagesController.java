package org.tandem.workforce;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
 * The workforce pages: the staff directory, a person's page (verdicts, training,
 * caseload, and the forms that keep the record), the training matrix with the courses,
 * and the list of human-service fields. Thin: {@link Workforce} authorizes and audits.
 */
@Controller
class WorkforcePagesController {

	private final Workforce workforce;

	private final Caseloads caseloads;

	WorkforcePagesController(Workforce workforce, Caseloads caseloads) {
		this.workforce = workforce;
		this.caseloads = caseloads;
	}

	/** A form's work: read its fields into {@code violations}, then call the service. */
	interface Action {

		void run(Violations violations);

	}

	@GetMapping("/workforce")
	String home() {
		return "redirect:/workforce/staff";
	}

	@GetMapping("/workforce/staff")
	String directory(Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("rows", this.workforce.directory(user));
		model.addAttribute("fields", this.workforce.humanServiceFields(user));
		model.addAttribute("errors", FormErrors.none());
		return "workforce/directory";
	}

	@PostMapping("/workforce/human-service-fields")
	String fields(@RequestParam(required = false) String fields, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			this.workforce.setHumanServiceFields(user, fields == null ? List.of() : Arrays.asList(fields.split("\\R")));
			redirect.addFlashAttribute("flash", "workforce.fieldsSaved");
			return "redirect:/workforce/staff";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("rows", this.workforce.directory(user));
			model.addAttribute("fields", fields == null ? List.of() : Arrays.asList(fields.split("\\R")));
			model.addAttribute("errors", FormErrors.of(invalid));
			return "workforce/directory";
		}
	}

	@PostMapping("/workforce/review-sample")
	String sample(@RequestParam(required = false) String size, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		Integer count = FormValues.integer("size", size, violations);
		try {
			violations.requiredValue("size", count).throwIfAny();
			this.workforce.drawReviewSample(user, count);
			redirect.addFlashAttribute("flash", "workforce.sampleDrawn");
			return "redirect:/workforce/staff";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("rows", this.workforce.directory(user));
			model.addAttribute("fields", this.workforce.humanServiceFields(user));
			model.addAttribute("errors", FormErrors.of(invalid));
			return "workforce/directory";
		}
	}

	@GetMapping("/workforce/staff/{id}")
	String person(@PathVariable UUID id, Model model) {
		return renderPerson(id, model, FormErrors.none(), Map.of());
	}

	@PostMapping("/workforce/staff/{id}/hire-date")
	String hireDate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "hire", params, model, redirect, v -> {
			var hireDate = FormValues.date("hireDate", first(params, "hireDate"), v);
			v.throwIfAny();
			this.workforce.setHireDate(SignedInUser.require(), id, hireDate, null);
		});
	}

	@PostMapping("/workforce/staff/{id}/job")
	String job(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "document", required = false) org.springframework.web.multipart.MultipartFile document,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		Workforce.JobDocument upload = document == null || document.isEmpty() ? null : new Workforce.JobDocument(
				document.getOriginalFilename(), document.getContentType(), document.getBytes());
		return attempt(id, "job", params, model, redirect,
				v -> this.workforce.saveJobDescription(SignedInUser.require(), id, first(params, "jobTitle"),
						first(params, "description"), upload));
	}

	@GetMapping("/workforce/staff/{id}/jobs/{jobId}/document")
	org.springframework.http.ResponseEntity<byte[]> jobDocument(@PathVariable UUID id, @PathVariable UUID jobId) {
		Workforce.JobDocument document = this.workforce.jobDocument(SignedInUser.require(), id, jobId)
			.orElseThrow(() -> new org.tandem.platform.NotFound("job description document", jobId));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(document.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(document.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

	@PostMapping("/workforce/staff/{id}/degrees")
	String degree(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "degree", params, model, redirect, v -> {
			var degree = new Workforce.NewDegree(
					FormValues.choice("level", DegreeLevel.class, first(params, "level"), v), first(params, "field"),
					first(params, "institution"), FormValues.date("awardedOn", first(params, "awardedOn"), v));
			v.throwIfAny();
			this.workforce.addDegree(SignedInUser.require(), id, degree);
		});
	}

	@PostMapping("/workforce/staff/{id}/credentials")
	String credential(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "credential", params, model, redirect, v -> {
			var credential = new Workforce.NewCredential(
					FormValues.choice("kind", CredentialKind.class, first(params, "kind"), v), first(params, "name"),
					"on".equals(first(params, "caseManagement")), first(params, "issuer"), first(params, "number"),
					FormValues.date("issuedOn", first(params, "issuedOn"), v),
					FormValues.date("expiresOn", first(params, "expiresOn"), v));
			v.throwIfAny();
			this.workforce.addCredential(SignedInUser.require(), id, credential);
		});
	}

	@PostMapping("/workforce/staff/{id}/positions")
	String position(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "position", params, model, redirect, v -> {
			var position = new Workforce.NewPosition(first(params, "title"), first(params, "employer"),
					FormValues.date("startOn", first(params, "startOn"), v),
					FormValues.date("endOn", first(params, "endOn"), v));
			v.throwIfAny();
			this.workforce.addPosition(SignedInUser.require(), id, position);
		});
	}

	@PostMapping("/workforce/staff/{id}/supervision-plan")
	String plan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "plan", params, model, redirect,
				v -> this.workforce.recordSupervisionPlan(SignedInUser.require(), id, first(params, "plan")));
	}

	@PostMapping("/workforce/staff/{id}/completions")
	String completion(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "completion", params, model, redirect, v -> {
			Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
			for (String topic : params.getOrDefault("topics", List.of())) {
				TrainingTopic parsed = FormValues.choice("topics", TrainingTopic.class, topic, v);
				if (parsed != null) {
					topics.add(parsed);
				}
			}
			var completion = new Workforce.NewCompletion(
					FormValues.choice("kind", Completion.Kind.class, first(params, "kind"), v),
					FormValues.uuid("courseId", first(params, "courseId"), v), topics,
					FormValues.date("completedOn", first(params, "completedOn"), v),
					decimal("hours", first(params, "hours"), v), first(params, "evidence"));
			v.throwIfAny();
			this.workforce.recordCompletion(SignedInUser.require(), id, completion);
		});
	}

	@GetMapping("/workforce/training")
	String training(Model model) {
		return renderTraining(model, FormErrors.none(), Map.of());
	}

	@PostMapping("/workforce/courses")
	String course(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Violations violations = new Violations();
		try {
			Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
			for (String topic : params.getOrDefault("topics", List.of())) {
				TrainingTopic parsed = FormValues.choice("topics", TrainingTopic.class, topic, violations);
				if (parsed != null) {
					topics.add(parsed);
				}
			}
			BigDecimal hours = decimal("hours", first(params, "hours"), violations);
			violations.throwIfAny();
			this.workforce.addCourse(SignedInUser.require(),
					new Workforce.NewCourse(first(params, "title"), topics, hours, first(params, "contents")));
			redirect.addFlashAttribute("flash", "workforce.courseSaved");
			return "redirect:/workforce/training";
		}
		catch (InvalidInput invalid) {
			return renderTraining(model, FormErrors.of(invalid.prefixed("course")), values("course", params));
		}
	}

	private String attempt(UUID id, String form, MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, Action action) {
		Violations violations = new Violations();
		try {
			action.run(violations);
			redirect.addFlashAttribute("flash", "workforce.saved." + form);
			return "redirect:/workforce/staff/" + id;
		}
		catch (InvalidInput invalid) {
			return renderPerson(id, model, FormErrors.of(invalid.prefixed(form)), values(form, params));
		}
	}

	private String renderPerson(UUID id, Model model, FormErrors errors, Map<String, String> values) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("file", this.workforce.file(user, id));
		model.addAttribute("caseload", this.caseloads.of(user, id));
		model.addAttribute("courses", this.workforce.courses(user));
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "workforce/person";
	}

	private String renderTraining(Model model, FormErrors errors, Map<String, String> values) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("rows", this.workforce.trainingMatrix(user));
		model.addAttribute("courses", this.workforce.courses(user));
		model.addAttribute("mayEdit", Workforce.mayWriteRecords(user));
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "workforce/training";
	}

	private static Map<String, String> values(String form, MultiValueMap<String, String> params) {
		Map<String, String> values = new HashMap<>();
		params.forEach((k, v) -> values.put(form + "." + k, String.join(",", v)));
		return values;
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		return params.getFirst(name);
	}

	static BigDecimal decimal(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(field, "number", "must be a number such as 1.5");
			return null;
		}
	}

}
