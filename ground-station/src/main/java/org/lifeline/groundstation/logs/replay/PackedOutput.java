package org.lifeline.groundstation.logs.replay;

import org.lifeline.link.Link;
import org.lifeline.mavlink.frame.Frame;

import java.io.IOException;

/**
 * Packs the frames that fall due together into one write of up to {@value #LIMIT} bytes, as
 * autopilots and MAVProxy pack several frames into one UDP datagram: a log replayed at ten times
 * its pace is over 10,000 frames a second, and one datagram per frame overflows a busy
 * receiver's socket buffer (frames lost at the ground station), while a few hundred packed
 * datagrams do not. Every MAVLink parser reads frames from a byte stream, so the ground station
 * cannot tell. A write never splits a frame. Thread-safe.
 */
final class PackedOutput implements FrameOutput {

    /** Below a 1500-byte Ethernet MTU with IP and UDP headers, so a datagram is never fragmented. */
    static final int LIMIT = 1400;

    private final Link link;
    private final byte[] buffer = new byte[LIMIT];
    private int used;

    PackedOutput(Link link) {
        this.link = link;
    }

    @Override
    public synchronized void send(Frame frame) throws IOException {
        if (used + frame.length() > LIMIT) {
            flush();
        }
        if (frame.length() > LIMIT) {
            link.write(frame.bytes(), 0, frame.length());
            return;
        }
        System.arraycopy(frame.bytes(), 0, buffer, used, frame.length());
        used += frame.length();
    }

    @Override
    public synchronized void flush() throws IOException {
        if (used > 0) {
            int n = used;
            used = 0;
            link.write(buffer, 0, n);
        }
    }
}
