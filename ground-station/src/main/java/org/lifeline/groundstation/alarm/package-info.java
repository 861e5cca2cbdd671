/**
 * What the dispatcher must not miss, computed from the fleet's and the store's state:
 * a drone's link lost or its telemetry stale, its battery below the reserve, a drop refused or
 * a parcel stuck, and a parcel released but not confirmed for too long. {@link
 * org.lifeline.groundstation.alarm.Alarms#now} is a pure function, so the dashboard, a
 * command-line watcher or a test can ask it the same question. {@link
 * org.lifeline.groundstation.alarm.FenceWatch} adds the fence alarms: an armed drone near or past
 * the fence last uploaded to it, or whose autopilot reports a breach, or whose uploaded plan
 * cannot be read; it remembers when each began, so it is an object rather than a function.
 */
package org.lifeline.groundstation.alarm;
