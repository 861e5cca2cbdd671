package org.lifeline.link;

/**
 * A snapshot of a link's counters since it was opened.
 *
 * @param bytesIn       bytes returned by {@code read}
 * @param bytesOut      bytes handed to the transport by {@code write}
 * @param reconnects    times the link came back up after being lost (or a new client or peer took over)
 * @param droppedWrites {@code write} calls whose bytes were discarded because the link was down
 */
public record LinkStats(long bytesIn, long bytesOut, long reconnects, long droppedWrites) {

    /** All zero: for links that do not count. */
    public static final LinkStats ZERO = new LinkStats(0, 0, 0, 0);
}
