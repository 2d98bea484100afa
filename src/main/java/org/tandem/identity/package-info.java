/**
 * Identity: organizations, programs, staff and their roles, sign-in, lock-out and API
 * tokens.
 */
package org.tandem.identity;
