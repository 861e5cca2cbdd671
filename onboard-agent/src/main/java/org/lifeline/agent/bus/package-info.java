/**
 * The agent's side of the fleet bus: a durable {@link org.lifeline.agent.bus.EventOutbox} that
 * keeps every event on disk until the broker acknowledged it (store and forward through LTE
 * dropouts, broker outages and agent restarts), and {@link org.lifeline.agent.bus.AgentBus},
 * which publishes telemetry, status (with its Last Will) and events, and receives commands.
 */
package org.lifeline.agent.bus;
