package org.lifeline.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * A reader thread that collects everything a link reads, as the MAVLink endpoint's reader will;
 * tests wait for a number of bytes with a deadline. It ends when the link is closed (read -1).
 */
final class LinkPump implements AutoCloseable {

    private final Link link;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile IOException failure;
    private volatile boolean ended;

    LinkPump(Link link) {
        this.link = link;
        this.thread = new Thread(this::run, "pump " + link.uri());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        byte[] buf = new byte[512];
        try {
            int n;
            while ((n = link.read(buf)) != -1) {
                synchronized (received) {
                    received.write(buf, 0, n);
                    received.notifyAll();
                }
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            ended = true;
            synchronized (received) {
                received.notifyAll();
            }
        }
    }

    /** Waits until at least {@code count} bytes have arrived and returns (and forgets) the first {@code count}. */
    byte[] take(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (failure != null) {
                    throw new AssertionError("read failed on " + link.uri(), failure);
                }
                if (left <= 0 || ended) {
                    throw new AssertionError((ended ? "link ended" : "timed out") + " with " + received.size()
                            + " of " + count + " bytes from " + link.uri());
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
            byte[] all = received.toByteArray();
            received.reset();
            received.write(all, count, all.length - count);
            return java.util.Arrays.copyOf(all, count);
        }
    }

    /** True while the reader thread waits inside the link (for a connection or for bytes). */
    boolean isWaiting() {
        Thread.State s = thread.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /** True once the link's read returned -1 (or failed). */
    boolean ended() {
        return ended;
    }

    /** Waits for the reader thread to end, e.g. after closing the link. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    @Override
    public void close() {
        link.close();
    }
}
