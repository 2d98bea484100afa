/**
 * Clients: the person served, with contact details, demographics for disaggregating
 * outcomes, household members and natural supports; registration starts with a duplicate
 * search.
 */
package org.tandem.clients;
