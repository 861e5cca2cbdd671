package org.lifeline.simulator.fault;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.lifeline.link.Link;

/**
 * A {@link Link} decorator that injects the frame-level faults on a real link. OUT acts on
 * each {@link #write} (the MAVLink endpoint writes one whole frame per call); IN acts on each
 * chunk the inner link's {@code read} returns (one datagram on UDP; on a byte stream a chunk
 * may hold part of a frame or several). BANDWIDTH serialises frames at baud/10 bytes per second
 * each way, queueing what does not fit, like a SiK radio's air rate; LATENCY adds a fixed delay
 * each way. Both run on wall-clock time on two daemon threads, since a live link is real time.
 */
public final class FaultyLink implements Link {

    private record Chunk(long releaseNanos, byte[] bytes) {
    }

    private static final Chunk END = new Chunk(0, new byte[0]);

    private final Link inner;
    private final FrameFaults out;
    private final FrameFaults in;
    private final long latencyNanos;
    private final double bytesPerSecond;
    private final BlockingQueue<Chunk> outbound = new LinkedBlockingQueue<>();
    private final BlockingQueue<Chunk> inbound = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Thread reader;
    private volatile boolean closed;
    private long outFreeAt;
    private long inFreeAt;
    private byte[] heldOut;
    private byte[] heldIn;
    private byte[] pending;
    private int pendingOffset;

    public FaultyLink(Link inner, FaultPlan plan, long seed) {
        this.inner = inner;
        this.out = new FrameFaults(plan, Direction.OUT, seed);
        this.in = new FrameFaults(plan, Direction.IN, seed);
        this.latencyNanos = (long) (plan.value(FaultMode.LATENCY).orElse(0) * 1_000_000);
        double baud = plan.value(FaultMode.BANDWIDTH).orElse(0);
        this.bytesPerSecond = baud > 0 ? baud / 10.0 : 0;
        this.writer = new Thread(this::writeLoop, "faulty-link-out " + inner.uri());
        this.reader = new Thread(this::readLoop, "faulty-link-in " + inner.uri());
        writer.setDaemon(true);
        reader.setDaemon(true);
        writer.start();
        reader.start();
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) throws IOException {
        if (closed) {
            return;
        }
        byte[] frame = Arrays.copyOfRange(data, offset, offset + length);
        FrameFaults.Verdict v = out.next();
        if (v.drop()) {
            return;
        }
        if (v.corrupt()) {
            out.corrupt(frame, 0, frame.length);
        }
        if (v.holdBack() && heldOut == null) {
            heldOut = frame;
            return;
        }
        enqueueOut(frame);
        if (v.duplicate()) {
            enqueueOut(frame.clone());
        }
        if (heldOut != null) {
            enqueueOut(heldOut);
            heldOut = null;
        }
    }

    private void enqueueOut(byte[] frame) {
        long now = System.nanoTime();
        long start = Math.max(now, outFreeAt);
        outFreeAt = start + transmitNanos(frame.length);
        outbound.add(new Chunk(outFreeAt + latencyNanos, frame));
    }

    private long transmitNanos(int bytes) {
        return bytesPerSecond > 0 ? (long) (bytes / bytesPerSecond * 1e9) : 0;
    }

    private void writeLoop() {
        try {
            while (true) {
                Chunk c = outbound.take();
                if (c == END) {
                    return;
                }
                waitUntil(c.releaseNanos());
                if (closed) {
                    return;
                }
                try {
                    inner.write(c.bytes(), 0, c.bytes().length);
                } catch (IOException e) {
                    // a reconnecting link drops bytes while down; so do we
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        try {
            while (!closed) {
                int n = inner.read(buffer);
                if (n < 0) {
                    break;
                }
                receivedChunk(Arrays.copyOf(buffer, n));
            }
        } catch (IOException e) {
            // the link failed for good: end the stream
        }
        inbound.add(END);
    }

    private void receivedChunk(byte[] chunk) {
        FrameFaults.Verdict v = in.next();
        if (v.drop()) {
            return;
        }
        if (v.corrupt()) {
            in.corrupt(chunk, 0, chunk.length);
        }
        if (v.holdBack() && heldIn == null) {
            heldIn = chunk;
            return;
        }
        enqueueIn(chunk);
        if (v.duplicate()) {
            enqueueIn(chunk.clone());
        }
        if (heldIn != null) {
            enqueueIn(heldIn);
            heldIn = null;
        }
    }

    private void enqueueIn(byte[] chunk) {
        long now = System.nanoTime();
        long start = Math.max(now, inFreeAt);
        inFreeAt = start + transmitNanos(chunk.length);
        inbound.add(new Chunk(inFreeAt + latencyNanos, chunk));
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (pending == null) {
            Chunk c;
            try {
                c = inbound.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            if (c == END) {
                inbound.add(END);
                return -1;
            }
            try {
                waitUntil(c.releaseNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            pending = c.bytes();
            pendingOffset = 0;
        }
        int n = Math.min(buffer.length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, 0, n);
        pendingOffset += n;
        if (pendingOffset >= pending.length) {
            pending = null;
        }
        return n;
    }

    private static void waitUntil(long releaseNanos) throws InterruptedException {
        long wait;
        while ((wait = releaseNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50)));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    public String uri() {
        return inner.uri();
    }

    @Override
    public org.lifeline.link.LinkState state() {
        return inner.state();
    }

    /** The inner link's counters: bytes as they really crossed the wire, after the faults. */
    @Override
    public org.lifeline.link.LinkStats stats() {
        return inner.stats();
    }

    @Override
    public void addStateListener(org.lifeline.link.LinkStateListener listener) {
        inner.addStateListener(listener);
    }

    @Override
    public void removeStateListener(org.lifeline.link.LinkStateListener listener) {
        inner.removeStateListener(listener);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        outbound.add(END);
        inner.close();
    }
}
