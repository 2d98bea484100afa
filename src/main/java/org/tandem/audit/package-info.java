/**
 * Audit: the append-only trail of who read or wrote which client or case record, when,
 * and from where; browsed by administrators.
 */
package org.tandem.audit;
