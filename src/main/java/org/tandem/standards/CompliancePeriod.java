package org.tandem.standards;

/**
 * The period of due dates and the day the measures are taken at, as the form shows them.
 */
public record CompliancePeriod(String from, String until, String asOf, String program) {

	/** The query string that keeps the period when following a link. */
	public String query() {
		return "from=" + this.from + "&until=" + this.until + "&asOf=" + this.asOf
				+ (this.program.isEmpty() ? "" : "&program=" + this.program);
	}

}
