package org.tandem.standards;

import java.util.List;

/**
 * What the catalog page shows: the edition in use, the edition being looked at, its
 * standards with their elements and NA status, and the organization's earlier
 * declarations.
 */
public record StandardsPage(Edition inUse, Edition shown, List<Section> sections, List<StandardElement> declarable,
		List<PastDeclaration> history, boolean mayChange) {

	/** The page shows the edition in use, so NA status and its forms belong on it. */
	public boolean showsEditionInUse() {
		return this.inUse == this.shown;
	}

	public List<Edition> otherEditions() {
		return java.util.Arrays.stream(Edition.values()).filter(e -> e != this.shown).toList();
	}

	/** A standard and its elements. */
	public record Section(Entry standard, List<Entry> elements) {
	}

	/**
	 * One catalog entry with the declaration that makes it NA, if any: its own, or its
	 * standard's ({@code coveredByStandard}).
	 */
	public record Entry(StandardElement element, NotApplicableDeclaration declaration, String declaredByName,
			boolean coveredByStandard) {

		public boolean notApplicable() {
			return this.declaration != null;
		}

		/** The entry's own declaration, which can be withdrawn here. */
		public boolean withdrawable() {
			return this.declaration != null && !this.coveredByStandard;
		}

		/** An id for the page: "CA-CM-5-04". */
		public String anchor() {
			return anchorOf(this.element.number());
		}

	}

	/** A withdrawn declaration, with the names of who declared and withdrew it. */
	public record PastDeclaration(NotApplicableDeclaration declaration, String declaredByName, String withdrawnByName) {
	}

	public static String anchorOf(String number) {
		return number.replace(' ', '-').replace('.', '-');
	}

}
