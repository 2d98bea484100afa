package org.tandem.platform;

/** A record that does not exist (in any organization). Shown as 404. */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super("No " + what + " with id " + id);
	}

}
