/**
 * Workforce: staff records (job descriptions, education, credentials, experience),
 * qualification verdicts (CA-CM 2.01, 2.02), training and competency (CA-CM 2.03),
 * continuity and caseloads (CA-CM 2.04, 2.05) and the personnel evidence binder (PA-CM
 * 2).
 */
package org.tandem.workforce;
