package org.tandem.planning;

import java.util.UUID;

/**
 * A signature to record on the plan version named by {@code planVersionId}. A drawn
 * signature carries a PNG, a paper one a scan (PNG, JPEG or PDF); a typed one the name
 * and {@code attested} true.
 */
public record NewSignature(UUID planVersionId, PlanSignature.Signer signer, String signerName,
		PlanSignature.Method method, Boolean attested, byte[] image, String imageType) {
}
