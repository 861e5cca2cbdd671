/**
 * Named, documented failure modes of the simulated vehicle and its links, in the manner of
 * QGroundControl's MockLink {@code FailureMode}: each {@link org.lifeline.simulator.fault.FaultMode}
 * is one line of documentation and one switch in the code. Frame-level faults (drop, duplicate,
 * reorder, corrupt, latency, bandwidth) wrap a {@link org.lifeline.link.Link} or a
 * {@link org.lifeline.mavlink.MessageChannel}; behavioural faults (mission server silent or
 * rejecting an item, reboot, GPS loss, battery failure) are read by the vehicle.
 */
package org.lifeline.simulator.fault;
