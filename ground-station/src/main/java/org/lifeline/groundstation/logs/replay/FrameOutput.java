package org.lifeline.groundstation.logs.replay;

import org.lifeline.mavlink.frame.Frame;

import java.io.IOException;

/** Where replayed frames go: the served link in production, a list in tests. */
@FunctionalInterface
public interface FrameOutput {

    /** Sends one whole frame, exactly its bytes (an output may hold it until {@link #flush()}). */
    void send(Frame frame) throws IOException;

    /** Sends whatever is held; called after each batch of frames that fell due together. */
    default void flush() throws IOException {
    }
}
