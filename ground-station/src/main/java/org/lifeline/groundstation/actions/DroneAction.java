package org.lifeline.groundstation.actions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an operator may ask of a drone from the dashboard. */
public enum DroneAction {
    /** Upload the sortie's mission, fence, rally and drop plans, verified by reading them back. */
    UPLOAD(true),
    /** Start the uploaded sortie: arm and fly the mission. */
    START(true),
    /** Return to launch now. */
    RTL(false),
    /** Land where it is now. */
    LAND(false),
    /** Hold position and altitude (Copter GUIDED, whatever the RC sticks say); {@link #RESUME} flies on from where it stopped. */
    PAUSE(false),
    /** Fly the mission on from its current item (Copter AUTO), after a pause or an RTL; only in flight. */
    RESUME(false);

    private final boolean needsSortie;

    DroneAction(boolean needsSortie) {
        this.needsSortie = needsSortie;
    }

    /** True when the action is about one sortie (upload, start). */
    public boolean needsSortie() {
        return needsSortie;
    }

    /** The lower-case word used in the API and the log: {@code upload}, {@code rtl}, … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action called {@code word}, ignoring case. */
    public static Optional<DroneAction> of(String word) {
        return word == null ? Optional.empty()
                : Arrays.stream(values()).filter(a -> a.word().equalsIgnoreCase(word.trim())).findFirst();
    }

    /** "upload, start, rtl, land, pause, resume", for messages. */
    public static String words() {
        return Arrays.stream(values()).map(DroneAction::word).collect(Collectors.joining(", "));
    }
}
