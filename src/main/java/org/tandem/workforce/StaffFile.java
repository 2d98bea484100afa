package org.tandem.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tandem.identity.Staff;

/**
 * A staff member's personnel file as the person page shows it: job, education,
 * credentials, positions, the qualification verdicts, training status and completions.
 */
public record StaffFile(Staff staff, LocalDate hireDate, int version, String supervisionPlan, Instant planRecordedAt,
		List<JobDescription> jobDescriptions, List<Degree> degrees, List<Credential> credentials,
		List<Position> positions, Experience experience, List<Qualification> qualifications,
		Map<TrainingTopic, TopicStatus> training, List<Completion> completions, boolean editable,
		boolean mayRecordTraining) {

	public JobDescription currentJob() {
		return this.jobDescriptions.isEmpty() ? null : this.jobDescriptions.get(0);
	}

	public boolean qualifies() {
		return this.qualifications.stream().allMatch(Qualification::qualifies);
	}

}
