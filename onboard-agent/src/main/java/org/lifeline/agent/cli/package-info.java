/**
 * The {@code lifeline-agent} process: reads the configuration, assembles the hardware, the
 * flight-controller link, the fleet bus and the core ({@link org.lifeline.agent.cli.AgentRuntime}),
 * and shuts down cleanly (retained OFFLINE status, actuator closed) on SIGTERM.
 */
package org.lifeline.agent.cli;
