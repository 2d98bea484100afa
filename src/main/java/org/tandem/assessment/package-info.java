/**
 * Assessment: what the worker and the person learn together (CA-CM 3.03-3.05), the events
 * that call for a reassessment, specialized assessments asked of others, and standardized
 * instruments with their scores.
 */
package org.tandem.assessment;
