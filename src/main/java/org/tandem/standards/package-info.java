/**
 * Standards: the COA catalog (standards, elements, Fundamental Practices, NA conditions,
 * evidence, the rules that measure them) and each organization's edition and
 * not-applicable declarations.
 */
package org.tandem.standards;
