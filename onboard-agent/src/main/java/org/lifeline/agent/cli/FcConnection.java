package org.lifeline.agent.cli;

import org.lifeline.agent.drops.MissionSource;
import org.lifeline.mavlink.MessageChannel;

/**
 * An open connection to the flight controller: the MAVLink channel the agent follows and
 * commands on, and the mission protocol's download over it.
 */
public interface FcConnection extends AutoCloseable {

    MessageChannel channel();

    MissionSource missions();

    /** Starts receiving (after the agent subscribed, so nothing is missed). */
    void start();

    @Override
    void close();
}
