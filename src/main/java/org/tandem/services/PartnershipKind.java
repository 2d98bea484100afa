package org.tandem.services;

/** What an active partnership entry records (CA-CM 4.02). */
public enum PartnershipKind {

	/** Advocacy done for or with the person. */
	ADVOCACY,

	/** A benefit or program the person was helped to apply for, with its outcome. */
	BENEFIT_APPLICATION,

	/** A barrier met in the service system, and how it was mediated. */
	BARRIER

}
