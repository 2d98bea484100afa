package org.tandem.audit;

/** The filter as typed, shown back in the form. */
public record AuditFilterForm(String actor, String action, String recordType, String recordId, String from,
		String until) {
}
