/**
 * MAVLink endpoint: framing (MAVLink 2, MAVLink 1 accepted), resynchronisation after garbage,
 * signing, counters, heartbeat and vehicle discovery, over a {@link org.lifeline.link.Link}.
 * Message payloads come from the dronefleet library and stay inside the protocol module.
 */
package org.lifeline.mavlink;
