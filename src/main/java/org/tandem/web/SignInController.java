package org.tandem.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	@GetMapping("/signin")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String signedout, @RequestParam(required = false) String expired,
			Model model) {
		String message = null;
		if (error != null) {
			message = "signin.error";
		}
		else if (locked != null) {
			message = "signin.locked";
		}
		else if (expired != null) {
			message = "signin.expired";
		}
		model.addAttribute("errorKey", message);
		model.addAttribute("infoKey", signedout != null ? "signin.signedOut" : null);
		return "signin";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/my-work";
	}

}
