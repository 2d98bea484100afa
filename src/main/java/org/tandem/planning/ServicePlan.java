package org.tandem.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a case's service plan. A version may change until someone signs it; it
 * is in force once the person and the worker have both signed that exact version. A
 * revision is a new version that names the one it follows and says what changed.
 */
public record ServicePlan(UUID id, UUID organizationId, UUID caseId, UUID clientId, UUID firstVersionId,
		int versionNumber, UUID previousId, UUID assessmentId, boolean expedited, Participants participants,
		String needs, String priorities, String familyNetwork, String changeSummary, List<Goal> goals,
		List<PlanSignature> signatures, UUID createdBy, Instant createdAt, int version) {

	public ServicePlan {
		goals = goals == null ? List.of() : List.copyOf(goals);
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
	}

	/** Who may provide a service or support. */
	public enum Provider {

		ORGANIZATION, OTHER_PROVIDER, FAMILY_FRIENDS

	}

	/** Who took part in building the plan besides the worker. */
	public record Participants(boolean person, String familyMembers, String others) {
	}

	/** A service or support that serves a goal, and who provides it. */
	public record Service(String description, Provider provider, String providerName) {
	}

	/**
	 * A goal in the person's own words; {@code key} stays the same across versions.
	 */
	public record Goal(UUID key, String ownWords, String desiredOutcomes, LocalDate targetDate,
			List<Service> services) {

		public Goal {
			services = services == null ? List.of() : List.copyOf(services);
		}

	}

	public Optional<PlanSignature> signatureOf(PlanSignature.Signer signer) {
		return this.signatures.stream().filter(s -> s.signer() == signer).findFirst();
	}

	/** Signed by both the person and the worker: this version may be in force. */
	public boolean isFullySigned() {
		return signatureOf(PlanSignature.Signer.PERSON).isPresent()
				&& signatureOf(PlanSignature.Signer.WORKER).isPresent();
	}

	/** When both signatures were on it, if they are. */
	public Instant fullySignedAt() {
		if (!isFullySigned()) {
			return null;
		}
		Instant person = signatureOf(PlanSignature.Signer.PERSON).orElseThrow().signedAt();
		Instant worker = signatureOf(PlanSignature.Signer.WORKER).orElseThrow().signedAt();
		return person.isAfter(worker) ? person : worker;
	}

	/** Someone signed it: its content can no longer change. */
	public boolean isLocked() {
		return !this.signatures.isEmpty();
	}

	/** The signatures this version still lacks, of the person and the worker. */
	public List<PlanSignature.Signer> pendingSignatures() {
		return List.of(PlanSignature.Signer.PERSON, PlanSignature.Signer.WORKER)
			.stream()
			.filter(s -> signatureOf(s).isEmpty())
			.toList();
	}

}
