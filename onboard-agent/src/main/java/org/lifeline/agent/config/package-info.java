/**
 * The agent's configuration file (Java properties, documented key by key in docs/onboard-agent.md):
 * read once at start, every value checked, and every bad value reported together — naming the file,
 * the key, the value and what was expected — before anything touches the hardware or the network.
 */
package org.lifeline.agent.config;
