/**
 * Demo data: on the first start of an empty database, loads the fictional agency
 * "Riverside Family Services" through the same services people use.
 */
package org.tandem.demo;
