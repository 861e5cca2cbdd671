package org.lifeline.simulator.port;

import java.io.IOException;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.simulator.fault.FaultPlan;

/** Opens a vehicle's MAVLink port from a link URI. */
@FunctionalInterface
public interface PortOpener {

    /** An open port: the channel the vehicle uses and what closes it. */
    record OpenPort(MessageChannel channel, AutoCloseable closer) {
    }

    /**
     * @param uri      a link URI ({@code tcpin://0.0.0.0:5760}, {@code udp://host:14550}, {@code serial:/dev/ttyUSB0?baud=57600})
     * @param systemId the vehicle's system id, stamped on every frame it sends
     * @param faults   frame-level faults to inject on this link
     * @param seed     seed of the fault dice
     */
    OpenPort open(String uri, int systemId, FaultPlan faults, long seed) throws IOException;
}
