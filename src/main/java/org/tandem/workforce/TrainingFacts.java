package org.tandem.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the CA-CM 2.03 rules read of a case manager: hire date and completions. An
 * interface so the rules can be tested with hand-made facts.
 */
interface TrainingFacts {

	/** A completion as the rules see it: its day and the required topics it covers. */
	record Done(LocalDate on, Set<TrainingTopic> topics) {
	}

	/** One case manager with a hire date. */
	record Trainee(UUID staffId, LocalDate hireDate, List<Done> completions) {
	}

	/** The staff member, if they are a case manager with a hire date. */
	Optional<Trainee> trainee(UUID organizationId, UUID staffId);

	/** Every case manager of the organization with a hire date. */
	List<Trainee> trainees(UUID organizationId);

}
