package org.lifeline.groundstation.actions;

/**
 * Carries out an action on a drone and waits for its end. Implementations never throw for
 * what the drone or the link did: a refusal, a timeout, a missing link all come back as a
 * failed {@link ActionResult} saying why. Each call is bounded by the implementation's own
 * timeouts.
 */
@FunctionalInterface
public interface DroneActions {

    ActionResult perform(ActionRequest request);
}
