package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.session.SessionOpener;

/**
 * Everything the running demo holds once its parts are up.
 *
 * @param commandKey the file holding the demo's command-signing key (hex), shared with the agents
 * @param events     each drone's agent events from the fleet bus (kept from before the bus started), for the archive
 * @param links      the drones' links, one each, shared by the dashboard's map and actions and the demo's sorties
 */
record DemoContext(DemoPaths paths, DemoSettings settings, Clock clock, Progress progress, DeliveryStore store, FleetBus bus,
                   DemoWeb web, SimulatedRecipient recipient, ChildProcesses children, List<RegisteredDrone> registry,
                   List<DemoDrone> drones, Path commandKey, Airspace airspace,
                   Map<String, AgentEventLog> events, SessionOpener links) {
}
