package org.tandem.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Violations;
import org.tandem.web.FormErrors;
import org.tandem.web.FormValues;

/**
 * The directory's pages: the search workers use with a person, a service's page with how
 * to access it, the keeper's form, and the administrator's page (keepers, publication,
 * HSDS import and export).
 */
@Controller
class DirectoryPagesController {

	private final Directory directory;

	private final DirectoryImports imports;

	DirectoryPagesController(Directory directory, DirectoryImports imports) {
		this.directory = directory;
		this.imports = imports;
	}

	@GetMapping("/directory")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String language, @RequestParam(required = false) String openNow,
			@RequestParam(required = false) String near, @RequestParam(required = false) String withinKm, Model model) {
		SignedInUser user = SignedInUser.require();
		Violations violations = new Violations();
		UUID categoryId = category == null || category.isBlank() ? null
				: FormValues.uuid("category", category, violations);
		Integer km = withinKm == null || withinKm.isBlank() ? null
				: FormValues.integer("withinKm", withinKm, violations);
		boolean searched = q != null || category != null || near != null;
		Directory.SearchQuery query = new Directory.SearchQuery(q, categoryId, language, openNow != null, near, km);
		model.addAttribute("query", query);
		model.addAttribute("categories", this.directory.categories(user));
		model.addAttribute("errors", FormErrors.of(violations));
		model.addAttribute("results", searched && violations.isEmpty() ? this.directory.search(user, query)
				: new Directory.Results(List.of(), false));
		model.addAttribute("searched", searched && violations.isEmpty());
		model.addAttribute("mayKeep", this.directory.mayKeep(user));
		return "directory/search";
	}

	@GetMapping("/directory/services/{id}")
	String service(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		model.addAttribute("service", this.directory.details(user, id));
		model.addAttribute("mayKeep", this.directory.mayKeep(user));
		return "directory/service";
	}

	@GetMapping("/directory/services/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		SignedInUser user = SignedInUser.require();
		if (!this.directory.mayKeep(user)) {
			throw new AccessDeniedException("Only the directory's keepers change it.");
		}
		Directory.ServiceDetails s = this.directory.details(user, id);
		Directory.ServiceEdit form = new Directory.ServiceEdit(s.name(), s.status(), s.description(),
				s.applicationProcess(), s.eligibility(), s.fees(), s.url(), s.email(),
				s.phones().isEmpty() ? null : s.phones().get(0).number());
		return renderEdit(model, s, form, s.version(), FormErrors.none());
	}

	@PostMapping("/directory/services/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String status, @RequestParam(required = false) String description,
			@RequestParam(required = false) String applicationProcess,
			@RequestParam(required = false) String eligibility, @RequestParam(required = false) String fees,
			@RequestParam(required = false) String url, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		Directory.ServiceEdit form = new Directory.ServiceEdit(name, status, description, applicationProcess,
				eligibility, fees, url, email, phone);
		try {
			this.directory.edit(user, id, form, version);
			redirect.addFlashAttribute("flash", "directory.saved");
			return "redirect:/directory/services/" + id;
		}
		catch (InvalidInput invalid) {
			return renderEdit(model, this.directory.details(user, id), form, version, FormErrors.of(invalid));
		}
	}

	private String renderEdit(Model model, Directory.ServiceDetails service, Directory.ServiceEdit form, int version,
			FormErrors errors) {
		model.addAttribute("service", service);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", List.of("active", "temporarily closed", "inactive", "defunct"));
		return "directory/edit";
	}

	@PostMapping("/directory/services/{id}/verify")
	String verify(@PathVariable UUID id, RedirectAttributes redirect) {
		this.directory.verify(SignedInUser.require(), id);
		redirect.addFlashAttribute("flash", "directory.verified");
		return "redirect:/directory/services/" + id;
	}

	@GetMapping("/admin/directory")
	String admin(Model model) {
		return renderAdmin(model, FormErrors.none(), null);
	}

	private String renderAdmin(Model model, FormErrors errors, List<HsdsExchange.ImportProblem> problems) {
		model.addAttribute("settings", this.directory.settings(SignedInUser.require()));
		model.addAttribute("errors", errors);
		model.addAttribute("problems", problems == null ? List.of() : problems);
		return "directory/admin";
	}

	@PostMapping("/admin/directory/keepers")
	String keepers(@RequestParam(name = "keeper", required = false) List<UUID> keepers, RedirectAttributes redirect) {
		this.directory.setKeepers(SignedInUser.require(), keepers == null ? Set.of() : new HashSet<>(keepers));
		redirect.addFlashAttribute("flash", "directory.keepersSaved");
		return "redirect:/admin/directory";
	}

	@PostMapping("/admin/directory/publication")
	String publication(@RequestParam(required = false) String publicSlug,
			@RequestParam(required = false) String publicRead, Model model, RedirectAttributes redirect) {
		try {
			this.directory.publish(SignedInUser.require(), publicSlug, publicRead != null);
			redirect.addFlashAttribute("flash", "directory.publicationSaved");
			return "redirect:/admin/directory";
		}
		catch (InvalidInput invalid) {
			return renderAdmin(model, FormErrors.of(invalid), null);
		}
	}

	@PostMapping("/admin/directory/import")
	String importFile(@RequestParam("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.json"
				: file.getOriginalFilename();
		UUID job = this.imports.start(SignedInUser.require(), name, file.getBytes());
		return "redirect:/admin/directory/imports/" + job;
	}

	/** How far an import has got: polled by the page until it is over. */
	@GetMapping("/admin/directory/imports/{id}")
	String importProgress(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		ImportProgress job = this.imports.find(SignedInUser.require(), id)
			.orElseThrow(() -> new org.tandem.platform.NotFound("directory import", id))
			.progress();
		model.addAttribute("job", job);
		model.addAttribute("jobId", id.toString());
		return htmx != null ? "directory/importStatus" : "directory/importProgress";
	}

	@GetMapping("/directory/export.json")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-hsds.json\"");
		this.directory.export(SignedInUser.require(), response.getOutputStream());
	}

	@GetMapping("/directory/export.zip")
	void exportDataPackage(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-hsds-csv.zip\"");
		this.directory.exportDataPackage(SignedInUser.require(), response.getOutputStream());
	}

}
