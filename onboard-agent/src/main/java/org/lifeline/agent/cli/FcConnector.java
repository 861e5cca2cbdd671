package org.lifeline.agent.cli;

import java.io.IOException;

import org.lifeline.agent.config.AgentConfig;
import org.lifeline.time.Scheduler;

/** Opens the flight-controller connection a configuration names. */
@FunctionalInterface
public interface FcConnector {

    FcConnection connect(AgentConfig config, Scheduler scheduler) throws IOException;
}
