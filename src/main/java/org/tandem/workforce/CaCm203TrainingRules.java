package org.tandem.workforce;

import org.springframework.stereotype.Component;

/** The three CA-CM 2.03 rules, one per required topic. */
final class CaCm203TrainingRules {

	private CaCm203TrainingRules() {
	}

	/** CA-CM 2.03.1: coordinating services as part of a team. */
	@Component
	static class TeamCoordination extends CaCm203RequiredTraining {

		TeamCoordination(TrainingFacts facts) {
			super(TrainingTopic.TEAM_COORDINATION, facts);
		}

	}

	/** CA-CM 2.03.2: linking people to community services and making referrals. */
	@Component
	static class CommunityLinkage extends CaCm203RequiredTraining {

		CommunityLinkage(TrainingFacts facts) {
			super(TrainingTopic.COMMUNITY_LINKAGE, facts);
		}

	}

	/** CA-CM 2.03.3: public assistance programs, eligibility and benefits. */
	@Component
	static class PublicAssistance extends CaCm203RequiredTraining {

		PublicAssistance(TrainingFacts facts) {
			super(TrainingTopic.PUBLIC_ASSISTANCE, facts);
		}

	}

}
