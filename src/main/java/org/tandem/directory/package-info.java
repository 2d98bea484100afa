/**
 * The community resource directory: organizations, services and locations in the Open
 * Referral HSDS 3.0 model, kept up to date, searched by workers and linked from referrals
 * (CA-CM 4.03).
 */
package org.tandem.directory;
