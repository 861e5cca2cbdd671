/**
 * Live telemetry straight from each drone's MAVLink link, beside what its onboard agent reports
 * over the fleet bus: position, heading, altitude, mode, battery, current item, the autopilot's
 * fence status and the link's quality, as the ground station's radio hears them.
 *
 * <p>Why both: the agent's telemetry comes over the cellular MQTT path and stops with the agent,
 * the link's over the pilot's own radio and stops with the radio; a pilot wants whichever is
 * there, and to see at once when either goes quiet. {@link org.lifeline.groundstation.linkwatch.LinkWatch}
 * keeps one {@link org.lifeline.groundstation.linkwatch.DroneLinkWatch} per drone with a
 * {@code link} in the fleet registry; each borrows the drone's shared link
 * ({@link org.lifeline.groundstation.session.SharedLinks}), so the dashboard never takes the link
 * from a sortie's upload or an operator's RTL.
 */
package org.lifeline.groundstation.linkwatch;
