/**
 * Web shell: the page layout and its context (who is signed in, translations, time zone,
 * CSRF), sign-in, the home page, error pages and problem details for the API.
 */
package org.tandem.web;
