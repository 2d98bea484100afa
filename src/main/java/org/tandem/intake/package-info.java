/**
 * Intake: screening of an inquiry and its triage (level of service, critical needs,
 * urgency), the waiting list and referrals out to other resources (CA-CM 3.01, 3.02).
 */
package org.tandem.intake;
