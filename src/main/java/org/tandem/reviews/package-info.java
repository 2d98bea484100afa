/**
 * Reviews: each open case reviewed at least quarterly by the worker with a supervisor or
 * a team (CA-CM 4.05), and the supervisor's look at a random, reproducible sample of
 * experienced workers' reviews of their own cases.
 */
package org.tandem.reviews;
