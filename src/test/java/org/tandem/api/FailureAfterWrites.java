package org.tandem.api;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.tandem.cases.CaseEvents;

/**
 * When armed, fails the request at the last step of a write, after every row of it has
 * been written and audited in the transaction, the way a crash or a broken listener
 * would; the test then checks that none of those rows remain.
 */
@TestComponent
class FailureAfterWrites {

	private final AtomicBoolean armed = new AtomicBoolean();

	void arm() {
		this.armed.set(true);
	}

	void disarm() {
		this.armed.set(false);
	}

	@EventListener
	void caseOpened(CaseEvents.CaseOpened event) {
		failIfArmed();
	}

	@EventListener
	void statusChanged(CaseEvents.CaseStatusChanged event) {
		failIfArmed();
	}

	private void failIfArmed() {
		if (this.armed.get()) {
			throw new IllegalStateException("Simulated failure after the writes");
		}
	}

}
