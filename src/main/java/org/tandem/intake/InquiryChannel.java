package org.tandem.intake;

/** How an inquiry reached the program. */
public enum InquiryChannel {

	WALK_IN, PHONE, AGENCY_REFERRAL, ONLINE_SELF_REFERRAL

}
