package org.lifeline.mission.transfer;

import org.lifeline.mission.MissionType;

/**
 * Progress of a running transfer, for a progress bar. Called on the thread that delivered the
 * message (a link reader or the scheduler), so it must return quickly and must not block.
 */
@FunctionalInterface
public interface TransferProgress {

    /** {@code done} of {@code total} items have been transferred (done ≤ total). */
    void onProgress(MissionType type, int done, int total);

    TransferProgress NONE = (type, done, total) -> { };
}
