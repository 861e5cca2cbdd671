package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavSeverity;

/** What the autopilot tells the outside world unprompted; the vehicle broadcasts it to every port. */
interface VehicleEvents {

    void statusText(MavSeverity severity, String text);

    void missionItemReached(int seq);

    void missionCurrentChanged(int seq);

    void homeChanged();
}
