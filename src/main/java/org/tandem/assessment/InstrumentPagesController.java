package org.tandem.assessment;

import java.util.List;

import tools.jackson.core.JacksonException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.web.FormErrors;

/**
 * The administrator's instrument page: the definitions in use, and a new one (or the next
 * version of one) pasted as JSON and checked before it is stored.
 */
@Controller
class InstrumentPagesController {

	static final String PATH = "/admin/instruments";

	private final Instruments instruments;

	InstrumentPagesController(Instruments instruments) {
		this.instruments = instruments;
	}

	/** The definition's parts as JSON, before they are checked. */
	record DefinitionJson(List<InstrumentDefinition.Item> items, List<InstrumentDefinition.Option> options,
			InstrumentDefinition.Scoring scoring) {
	}

	@GetMapping(PATH)
	String show(Model model) {
		return render(model, FormErrors.none(), "", "", "");
	}

	@PostMapping(PATH)
	String define(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String definition, Model model, RedirectAttributes redirect) {
		SignedInUser user = SignedInUser.require();
		try {
			this.instruments.define(user, new Instruments.NewInstrument(code, name, parse(definition)));
			redirect.addFlashAttribute("flash", "assessment.instrumentDefined");
			return "redirect:" + PATH;
		}
		catch (InvalidInput invalid) {
			return render(model, FormErrors.of(invalid), code, name, definition);
		}
	}

	/** Reads the JSON; the broken rules of the definition are named in one message. */
	private static InstrumentDefinition parse(String json) {
		if (json == null || json.isBlank()) {
			throw InvalidInput.of("definition", "required", "is required");
		}
		DefinitionJson parts;
		try {
			parts = Assessments.JSON.readValue(json, DefinitionJson.class);
		}
		catch (JacksonException ex) {
			throw InvalidInput.of("definition", "json-syntax", "is not valid JSON");
		}
		try {
			return new InstrumentDefinition(parts.items(), parts.options(), parts.scoring());
		}
		catch (InvalidInput invalid) {
			// one field on this form: every broken rule of the definition, in one
			// sentence
			throw InvalidInput.of("definition", "definition",
					invalid.violations()
						.stream()
						.map(v -> v.field() + " " + v.message())
						.collect(java.util.stream.Collectors.joining("; ")));
		}
	}

	private String render(Model model, FormErrors errors, String code, String name, String definition) {
		model.addAttribute("instruments", this.instruments.available(SignedInUser.require()));
		model.addAttribute("errors", errors);
		model.addAttribute("code", code);
		model.addAttribute("name", name);
		model.addAttribute("definition", definition);
		return "assessment/instruments";
	}

}
