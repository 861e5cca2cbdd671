package org.lifeline.simulator.fault;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.lifeline.link.Link;

/** Two in-memory links joined back to back; each write arrives as one read chunk on the other side. */
final class MemoryLink implements Link {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
    private MemoryLink peer;
    private volatile boolean closed;

    static MemoryLink[] pair() {
        MemoryLink a = new MemoryLink();
        MemoryLink b = new MemoryLink();
        a.peer = b;
        b.peer = a;
        return new MemoryLink[] {a, b};
    }

    @Override
    public int read(byte[] buffer) {
        try {
            byte[] chunk = incoming.take();
            if (chunk == END) {
                incoming.add(END);
                return -1;
            }
            System.arraycopy(chunk, 0, buffer, 0, chunk.length);
            return chunk.length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        if (!closed) {
            peer.incoming.add(Arrays.copyOfRange(data, offset, offset + length));
        }
    }

    @Override
    public String uri() {
        return "memory://";
    }

    @Override
    public void close() {
        closed = true;
        incoming.add(END);
    }
}
