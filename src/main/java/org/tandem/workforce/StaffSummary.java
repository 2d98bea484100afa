package org.tandem.workforce;

import java.time.LocalDate;
import java.util.Map;

import org.tandem.identity.Staff;

/**
 * One line of the staff directory. {@code qualification} is null for roles without one.
 */
public record StaffSummary(Staff staff, String jobTitle, LocalDate hireDate, Qualification qualification,
		boolean supervisionPlan, Map<TrainingTopic, TopicStatus> training, boolean inSample) {
}
