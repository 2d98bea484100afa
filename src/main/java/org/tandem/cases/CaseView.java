package org.tandem.cases;

import java.util.List;

/** A case with everything its page shows. */
public record CaseView(CaseFile caseFile, String clientName, String programName, String workerName,
		List<StatusChange> history, List<Assignment> assignments, List<Contact> contacts) {
}
