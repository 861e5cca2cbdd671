package org.lifeline.groundstation.alarm;

import org.lifeline.groundstation.geo.FenceMargin;
import org.lifeline.plan.Geofence;

/** What the ground station knows of the fence uploaded to one drone. */
public sealed interface UploadedFence {

    /** No plan recorded for the drone, or its plan has no fence: nothing to watch. */
    record None() implements UploadedFence {
    }

    /** The fence, prepared for measuring positions against it. */
    record Known(FenceMargin margin) implements UploadedFence {
    }

    /**
     * A plan was recorded but cannot be used.
     *
     * @param reason one line naming the file and what is wrong with it
     */
    record Unreadable(String reason) implements UploadedFence {
    }

    /** {@link None} for an empty fence, else {@link Known}. */
    static UploadedFence of(Geofence fence) {
        return fence.isEmpty() ? new None() : new Known(FenceMargin.of(fence));
    }
}
