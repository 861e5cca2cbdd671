/**
 * Small helpers for running beside other programs: finding an external program (socat,
 * mosquitto) on the PATH, and knowing whether integration tests must not skip.
 */
package org.lifeline.support;
