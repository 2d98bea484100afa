package org.tandem.reviews;

import java.util.SplittableRandom;

/**
 * The random draw of a self-review into the supervisor's sample: reproducible from the
 * seed kept with the review, so anyone can repeat it.
 */
public final class ReviewSampling {

	private ReviewSampling() {
	}

	/** Whether the review with this seed is drawn at this rate (percent). */
	public static boolean drawn(long seed, int percent) {
		return new SplittableRandom(seed).nextInt(100) < percent;
	}

}
