package org.tandem.workforce;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;
import org.tandem.web.FormErrors;

/**
 * The personnel evidence page: the organization's procedure texts, and one action that
 * builds the binder as a PDF and as a ZIP of CSV files, with a progress bar (htmx polls
 * the job).
 */
@Controller
class BinderPagesController {

	private final PersonnelBinder binder;

	private final BinderJobs jobs;

	BinderPagesController(PersonnelBinder binder, BinderJobs jobs) {
		this.binder = binder;
		this.jobs = jobs;
	}

	@GetMapping("/workforce/binder")
	String page(Model model) {
		return render(model, this.binder.procedures(SignedInUser.require()), FormErrors.none());
	}

	@PostMapping("/workforce/binder/procedures")
	String procedures(@RequestParam(required = false) String assignment,
			@RequestParam(required = false) String caseloadRequirements, Model model, RedirectAttributes redirect) {
		PersonnelBinder.Procedures procedures = new PersonnelBinder.Procedures(assignment, caseloadRequirements);
		try {
			this.binder.saveProcedures(SignedInUser.require(), procedures);
			redirect.addFlashAttribute("flash", "binder.proceduresSaved");
			return "redirect:/workforce/binder";
		}
		catch (InvalidInput invalid) {
			return render(model, procedures, FormErrors.of(invalid));
		}
	}

	@PostMapping("/workforce/binder/jobs")
	String start() {
		SignedInUser user = SignedInUser.require();
		if (!PersonnelBinder.mayBuild(user)) {
			throw new AccessDeniedException("Supervisors, program directors and administrators build the binder.");
		}
		UUID id = this.jobs.start(user, LocaleContextHolder.getLocale());
		return "redirect:/workforce/binder/jobs/" + id;
	}

	@GetMapping("/workforce/binder/jobs/{id}")
	String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		BinderJobs.Job job = this.jobs.find(SignedInUser.require(), id).orElseThrow(() -> new NotFound("binder", id));
		model.addAttribute("id", id);
		model.addAttribute("percent", job.percent());
		model.addAttribute("done", job.done());
		model.addAttribute("failed", job.failed());
		return htmx != null ? "workforce/binderProgress" : "workforce/binderJob";
	}

	@GetMapping("/workforce/binder/jobs/{id}/binder.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		BinderJobs.Job job = done(id);
		return file(job.pdf, MediaType.APPLICATION_PDF, "personnel-binder.pdf");
	}

	@GetMapping("/workforce/binder/jobs/{id}/binder.zip")
	ResponseEntity<byte[]> zip(@PathVariable UUID id) {
		BinderJobs.Job job = done(id);
		return file(job.zip, MediaType.parseMediaType("application/zip"), "personnel-binder.zip");
	}

	private BinderJobs.Job done(UUID id) {
		return this.jobs.find(SignedInUser.require(), id)
			.filter(BinderJobs.Job::done)
			.orElseThrow(() -> new NotFound("binder", id));
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

	private String render(Model model, PersonnelBinder.Procedures procedures, FormErrors errors) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("procedures", procedures);
		model.addAttribute("mayEdit", Workforce.mayWriteRecords(user));
		model.addAttribute("mayBuild", PersonnelBinder.mayBuild(user));
		model.addAttribute("errors", errors);
		return "workforce/binder";
	}

}
