/**
 * Planning: the service plan built from the assessment with the person (CA-CM 4.01), its
 * goals and services, signatures on exact versions, revisions, progress reviews with the
 * person and the expedited plan a crisis calls for (CA-CM 4.06).
 */
package org.tandem.planning;
