package org.lifeline.link;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-memory {@link Link}: {@link #pair()} gives two ends, and every {@link #write} on one end
 * arrives as one chunk at the other's {@link #read} (like a datagram, or a serial read that
 * returned exactly what was written). For tests and for running two processes' worth of code in one
 * JVM. Chunks larger than the reader's buffer are split across reads.
 */
public final class MemoryLink implements Link {

    /** Both ends of a memory link. */
    public record Pair(MemoryLink a, MemoryLink b) {
    }

    private static final byte[] CLOSED = new byte[0];

    private final String uri;
    private final BlockingQueue<byte[]> inbox = new LinkedBlockingQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private MemoryLink peer;
    private byte[] partial;
    private int partialOffset;

    private MemoryLink(String uri) {
        this.uri = uri;
    }

    /** Two connected ends, named {@code memory://NAME/a} and {@code memory://NAME/b}. */
    public static Pair pair(String name) {
        MemoryLink a = new MemoryLink("memory://" + name + "/a");
        MemoryLink b = new MemoryLink("memory://" + name + "/b");
        a.peer = b;
        b.peer = a;
        return new Pair(a, b);
    }

    @Override
    public int read(byte[] buffer) {
        try {
            if (partial == null) {
                if (closed.get() && inbox.isEmpty()) {
                    return -1;
                }
                byte[] next = inbox.take();
                if (next == CLOSED) {
                    inbox.offer(CLOSED);
                    return -1;
                }
                partial = next;
                partialOffset = 0;
            }
            int n = Math.min(buffer.length, partial.length - partialOffset);
            System.arraycopy(partial, partialOffset, buffer, 0, n);
            partialOffset += n;
            if (partialOffset == partial.length) {
                partial = null;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Chunks waiting to be read (a partly read chunk counts as one). */
    public int available() {
        return inbox.size() - (inbox.contains(CLOSED) ? 1 : 0) + (partial == null ? 0 : 1);
    }

    /** Delivers the bytes to the other end; dropped silently when either end is closed. */
    @Override
    public void write(byte[] data, int offset, int length) {
        if (length <= 0 || closed.get() || peer.closed.get()) {
            return;
        }
        byte[] copy = new byte[length];
        System.arraycopy(data, offset, copy, 0, length);
        peer.inbox.offer(copy);
    }

    @Override
    public String uri() {
        return uri;
    }

    /** Closes this end: its pending read returns -1. The other end stays open but receives nothing more. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            inbox.offer(CLOSED);
        }
    }
}
