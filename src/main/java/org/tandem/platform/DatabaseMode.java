package org.tandem.platform;

/** Whether Tandem runs on its embedded PostgreSQL or on a configured server. */
public enum DatabaseMode {

	EMBEDDED, EXTERNAL

}
