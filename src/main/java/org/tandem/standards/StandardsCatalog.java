package org.tandem.standards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every COA standard and element Tandem knows, immutable and in COA's order. The words
 * (titles, NA conditions, evidence, interpretations) are message keys; {@link #text}
 * reads one in a language for callers outside a page.
 */
@Component
public class StandardsCatalog {

	private final List<StandardElement> all;

	private final Map<String, StandardElement> byNumber = new LinkedHashMap<>();

	private final MessageSource messages;

	StandardsCatalog(MessageSource messages) {
		this.messages = messages;
		this.all = CaseManagementStandards.all();
		for (StandardElement entry : this.all) {
			if (this.byNumber.put(entry.number(), entry) != null) {
				throw new IllegalStateException(entry.number() + " is in the catalog twice");
			}
		}
		for (StandardElement entry : this.all) {
			if (!entry.isStandard() && !this.byNumber.containsKey(entry.parentNumber())) {
				throw new IllegalStateException(
						entry.number() + " belongs to " + entry.parentNumber() + ", which is not in the catalog");
			}
		}
	}

	public List<StandardElement> all() {
		return this.all;
	}

	/** The standards and elements of one edition, in COA's order. */
	public List<StandardElement> byEdition(Edition edition) {
		return this.all.stream().filter(e -> e.edition() == edition).toList();
	}

	/** The standards (not elements) of one edition. */
	public List<StandardElement> standards(Edition edition) {
		return this.all.stream().filter(e -> e.edition() == edition && e.isStandard()).toList();
	}

	public Optional<StandardElement> find(String number) {
		return Optional.ofNullable(number == null ? null : this.byNumber.get(number.strip()));
	}

	/**
	 * The elements of a standard ("CA-CM 5" gives 5.01 to 5.05); empty for an element or
	 * an unknown number.
	 */
	public List<StandardElement> elementsOf(String standardNumber) {
		return this.all.stream().filter(e -> !e.isStandard() && e.parentNumber().equals(standardNumber)).toList();
	}

	/** A catalog text (a title, say) in a language, for logs, exports and the API. */
	public String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
