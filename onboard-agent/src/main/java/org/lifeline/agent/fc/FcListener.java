package org.lifeline.agent.fc;

/** Hears the tracker: every new state, and the transitions worth an event. */
public interface FcListener {

    /** A message changed the picture of the vehicle. */
    void onState(VehicleState state);

    /** Something happened; {@code message} is one sentence for the event. */
    void onEvent(FcEvent event, String message, VehicleState state);
}
