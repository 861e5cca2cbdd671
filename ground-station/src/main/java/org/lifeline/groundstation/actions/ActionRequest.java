package org.lifeline.groundstation.actions;

import java.util.Objects;
import java.util.Optional;

/**
 * One action asked for one drone.
 *
 * @param action   what
 * @param droneId  which drone (its fleet id)
 * @param sortieId the sortie, for {@link DroneAction#UPLOAD} and {@link DroneAction#START}
 */
public record ActionRequest(DroneAction action, String droneId, Optional<String> sortieId) {

    public ActionRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(sortieId, "sortieId");
    }

    /** "upload sortie S-… to drone-2", "RTL drone-2": what the log and the dialog say. */
    public String describe() {
        return switch (action) {
            case UPLOAD -> "upload sortie " + sortieId.orElse("?") + " to " + droneId;
            case START -> "start sortie " + sortieId.orElse("?") + " on " + droneId;
            case RTL -> "return " + droneId + " to launch";
            case LAND -> "land " + droneId + " where it is";
            case PAUSE -> "pause " + droneId + " (hold position)";
            case RESUME -> "resume " + droneId + "'s mission (AUTO)";
        };
    }
}
