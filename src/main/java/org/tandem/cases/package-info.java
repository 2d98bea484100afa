/**
 * Cases: one client's enrollment in one program, its status lifecycle, assignment history
 * and the timeline of contacts and notes; also decides who may see which client.
 */
package org.tandem.cases;
