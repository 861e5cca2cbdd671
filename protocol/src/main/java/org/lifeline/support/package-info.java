/**
 * Small helpers for running beside other programs: finding an external program (socat,
 * mosquitto) on the PATH, knowing whether integration tests must not skip, and starting the
 * real things tests run against — a Mosquitto broker, ArduPilot SITL ({@link
 * org.lifeline.support.SitlProcess}) and a bad radio in front of it ({@link
 * org.lifeline.support.LossyTcpProxy}).
 */
package org.lifeline.support;
