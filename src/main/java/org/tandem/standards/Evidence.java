package org.tandem.standards;

/**
 * One piece of evidence for a standard or element, in our words ({@code key} names the
 * message). {@code source} says whether the standard lists it or Tandem suggests its own
 * records because the standard lists none.
 */
public record Evidence(Kind kind, String key, Source source) {

	public Evidence {
		if (kind == null || source == null || key == null || !key.startsWith("evidence.")) {
			throw new IllegalArgumentException("Evidence needs a kind, a source and a message key 'evidence.*'");
		}
	}

	/** When and how a reviewer sees it. */
	public enum Kind {

		/** Sent with the self-study before the site visit. */
		SELF_STUDY,

		/** Examined during the site visit. */
		ON_SITE,

		/** Something reviewers do on site: interviews, file reviews. */
		ON_SITE_ACTIVITY

	}

	public enum Source {

		/** The standard lists it (PA-CM 2 does). */
		STANDARD,

		/** The standard lists none; these Tandem records show the practice. */
		TANDEM_RECORDS

	}

}
