package org.tandem.planning;

import java.time.Instant;
import java.util.UUID;

/**
 * A signature on one exact plan version: who, when, how. The image (drawn, or a scan of a
 * paper signature) is read on its own.
 */
public record PlanSignature(UUID id, UUID planId, Signer signer, String signerName, Method method, String attestation,
		boolean hasImage, Instant signedAt, UUID recordedBy) {

	public enum Signer {

		PERSON, WORKER, FAMILY

	}

	/**
	 * Drawn on the screen with a finger or mouse, typed name with an attestation (for
	 * keyboard-only users too), or signed on paper with a scan uploaded.
	 */
	public enum Method {

		DRAWN, TYPED, PAPER

	}

}
