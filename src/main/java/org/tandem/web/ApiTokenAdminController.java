package org.tandem.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.ApiTokens;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.Staff;
import org.tandem.identity.StaffDirectory;

/**
 * An administrator issues and revokes the personal API tokens of their organization's
 * staff ({@code /admin/**} is for administrators only). A new token is shown once, on the
 * page the issue redirects to, and never again: only its hash is stored.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

	static final int MAX_NAME_LENGTH = 100;

	private final ApiTokens tokens;

	private final StaffDirectory directory;

	ApiTokenAdminController(ApiTokens tokens, StaffDirectory directory) {
		this.tokens = tokens;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		SignedInUser admin = SignedInUser.require();
		model.addAttribute("tokens", this.tokens.tokensIn(admin.organizationId()));
		model.addAttribute("staff", this.directory.staffIn(admin.organizationId()));
		return "admin/tokens";
	}

	@PostMapping
	String issue(@RequestParam(required = false) String userId, @RequestParam(required = false) String name,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SignedInUser admin = SignedInUser.require();
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Staff> owner = staffOf(admin, userId);
		if (owner.isEmpty()) {
			errors.put("userId", "admin.tokens.error.user");
		}
		if (name == null || name.isBlank()) {
			errors.put("name", "admin.tokens.error.nameRequired");
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			errors.put("name", "admin.tokens.error.nameTooLong");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors);
			model.addAttribute("formUserId", userId == null ? "" : userId);
			model.addAttribute("formName", name == null ? "" : name);
			return list(model);
		}
		ApiTokens.IssuedToken issued = this.tokens.issue(admin, owner.get().id(), name);
		redirect.addFlashAttribute("issuedToken", issued.token());
		redirect.addFlashAttribute("issuedTokenName", name.strip());
		redirect.addFlashAttribute("issuedTokenOwner", owner.get().displayName());
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		SignedInUser admin = SignedInUser.require();
		List<ApiTokens.TokenView> inOrganization = this.tokens.tokensIn(admin.organizationId());
		inOrganization.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(token -> {
			this.tokens.revoke(admin, id);
			redirect.addFlashAttribute("revokedTokenName", token.name());
		});
		return "redirect:/admin/tokens";
	}

	private Optional<Staff> staffOf(SignedInUser admin, String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		try {
			return this.directory.staff(admin.organizationId(), UUID.fromString(userId.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
