/**
 * An in-process simulated MAVLink radio link: two {@link org.lifeline.mavlink.MessageChannel}
 * ends with latency, serialisation rate, loss, duplication and reordering on an injected
 * scheduler. The mission-transfer tests, the simulator's tests and the transfer benchmark run
 * the real protocol code over it, in simulated time.
 */
package org.lifeline.mavlink.sim;
