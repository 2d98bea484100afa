/**
 * Services: referrals of a case to services (a directory entry or free text) with the
 * consent that allows sharing and a closed-loop status, service monitoring with its
 * clocks (CA-CM 4.04), complaints and problems, and the active partnership entries of
 * advocacy, benefit applications and barriers mediated (CA-CM 4.02).
 */
package org.tandem.services;
