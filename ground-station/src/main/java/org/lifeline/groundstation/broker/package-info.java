/**
 * The embedded MQTT broker: the fleet bus on a bare laptop, where no Mosquitto runs.
 *
 * <p>{@link org.lifeline.groundstation.broker.EmbeddedBroker} wraps Moquette (MQTT 3.1.1) behind
 * our own small type: bound to the loopback interface unless told otherwise, its telemetry to
 * its authors switched off, no metrics or error-reporting services, messages kept in memory.
 * It carries the same topic tree and QoS as Mosquitto, so the agents and the ground station
 * cannot tell the two apart. A field deployment uses a real broker (Mosquitto, EMQX) with TLS,
 * passwords and per-drone ACLs; see {@code docs/protocol.md}.
 */
package org.lifeline.groundstation.broker;
