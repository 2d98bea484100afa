package org.tandem.cases;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.cases.CaseStatus.ACTIVE;
import static org.tandem.cases.CaseStatus.ASSESSMENT;
import static org.tandem.cases.CaseStatus.CLOSED;
import static org.tandem.cases.CaseStatus.CLOSING;
import static org.tandem.cases.CaseStatus.INQUIRY;
import static org.tandem.cases.CaseStatus.INTAKE;
import static org.tandem.cases.CaseStatus.PLANNING;
import static org.tandem.cases.CaseStatus.SCREENING;
import static org.tandem.cases.CaseStatus.WAITING_LIST;

class CaseStatusTests {

	@ParameterizedTest(name = "{0} may move to {1}")
	@CsvSource({ "INQUIRY, SCREENING", "INQUIRY, CLOSED", "SCREENING, WAITING_LIST", "SCREENING, INTAKE",
			"SCREENING, CLOSED", "WAITING_LIST, INTAKE", "WAITING_LIST, CLOSED", "INTAKE, ASSESSMENT",
			"INTAKE, CLOSING", "INTAKE, CLOSED", "ASSESSMENT, PLANNING", "ASSESSMENT, CLOSING", "PLANNING, ACTIVE",
			"PLANNING, ASSESSMENT", "PLANNING, CLOSING", "ACTIVE, ASSESSMENT", "ACTIVE, PLANNING", "ACTIVE, CLOSING",
			"CLOSING, ACTIVE", "CLOSING, CLOSED" })
	void the_lifecycle_allows_these_steps(CaseStatus from, CaseStatus to) {
		assertThat(from.mayMoveTo(to)).isTrue();
		assertThat(from.next()).contains(to);
	}

	@ParameterizedTest(name = "{0} may not move to {1}")
	@CsvSource({ "INQUIRY, ACTIVE", "INQUIRY, INTAKE", "SCREENING, ACTIVE", "WAITING_LIST, ASSESSMENT",
			"INTAKE, ACTIVE", "ASSESSMENT, ACTIVE", "ASSESSMENT, CLOSED", "PLANNING, CLOSED", "ACTIVE, CLOSED",
			"ACTIVE, INQUIRY", "CLOSING, PLANNING", "CLOSED, ACTIVE", "CLOSED, INQUIRY" })
	void the_lifecycle_refuses_these_steps(CaseStatus from, CaseStatus to) {
		assertThat(from.mayMoveTo(to)).isFalse();
		assertThat(from.next()).doesNotContain(to);
	}

	@Test
	void the_allowed_steps_are_exactly_these() {
		assertThat(INQUIRY.next()).containsExactlyInAnyOrder(SCREENING, CLOSED);
		assertThat(SCREENING.next()).containsExactlyInAnyOrder(WAITING_LIST, INTAKE, CLOSED);
		assertThat(WAITING_LIST.next()).containsExactlyInAnyOrder(INTAKE, CLOSED);
		assertThat(INTAKE.next()).containsExactlyInAnyOrder(ASSESSMENT, CLOSING, CLOSED);
		assertThat(ASSESSMENT.next()).containsExactlyInAnyOrder(PLANNING, CLOSING);
		assertThat(PLANNING.next()).containsExactlyInAnyOrder(ACTIVE, ASSESSMENT, CLOSING);
		assertThat(ACTIVE.next()).containsExactlyInAnyOrder(ASSESSMENT, PLANNING, CLOSING);
		assertThat(CLOSING.next()).containsExactlyInAnyOrder(ACTIVE, CLOSED);
	}

	@Test
	void closed_is_final() {
		assertThat(CLOSED.next()).isEmpty();
		assertThat(CLOSED.isOpen()).isFalse();
		for (CaseStatus target : CaseStatus.values()) {
			assertThat(CLOSED.mayMoveTo(target)).as("CLOSED -> %s", target).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
	void every_other_status_is_open_and_can_reach_closed(CaseStatus start) {
		assertThat(start.isOpen()).isTrue();
		assertThat(reachableFrom(start)).contains(CLOSED);
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void no_status_moves_to_itself_and_nothing_returns_to_inquiry(CaseStatus status) {
		assertThat(status.mayMoveTo(status)).isFalse();
		assertThat(status.mayMoveTo(INQUIRY)).isFalse();
	}

	@Test
	void the_transitions_cannot_be_changed_through_what_next_returns() {
		// adding a step that is there and removing one that is not: a modifiable set
		// would accept both silently, without changing the shared table for other tests
		assertThatThrownBy(() -> ACTIVE.next().add(CLOSING)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> CLOSING.next().remove(PLANNING)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> CLOSED.next().remove(ACTIVE)).isInstanceOf(UnsupportedOperationException.class);
		assertThat(CLOSED.next()).isEmpty();
	}

	private static Set<CaseStatus> reachableFrom(CaseStatus start) {
		Set<CaseStatus> seen = EnumSet.noneOf(CaseStatus.class);
		Deque<CaseStatus> todo = new ArrayDeque<>(Set.of(start));
		while (!todo.isEmpty()) {
			for (CaseStatus next : todo.pop().next()) {
				if (seen.add(next)) {
					todo.push(next);
				}
			}
		}
		return seen;
	}

}
