/**
 * Platform: the database Tandem runs on (embedded PostgreSQL by default, an external
 * server when configured) and the clock every module reads time from.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.platform;
