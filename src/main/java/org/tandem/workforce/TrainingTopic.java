package org.tandem.workforce;

/**
 * The three topics of CA-CM 2.03 every case manager is trained on or shows competency in.
 */
public enum TrainingTopic {

	/** 2.03.1: coordinating services as part of a team. */
	TEAM_COORDINATION("CA-CM 2.03.1"),

	/** 2.03.2: linking people to community services and making referrals. */
	COMMUNITY_LINKAGE("CA-CM 2.03.2"),

	/** 2.03.3: public assistance programs, eligibility and benefits. */
	PUBLIC_ASSISTANCE("CA-CM 2.03.3");

	private final String ruleId;

	TrainingTopic(String ruleId) {
		this.ruleId = ruleId;
	}

	/** The rule that measures this topic, also its id in the obligation ledger. */
	public String ruleId() {
		return this.ruleId;
	}

}
