package org.lifeline.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bad radio between a ground station and a TCP MAVLink port (ArduPilot SITL's), in process:
 * it accepts a client on a free loopback port, connects it to the upstream port, and passes
 * whole MAVLink frames (v1 and v2; other bytes pass untouched) in both directions, dropping,
 * duplicating and delaying each frame as {@link Options} say. Delays are per frame, so a jitter
 * or a {@code reorder} hold lets a later frame overtake an earlier one. Seeded: the same seed
 * and the same traffic give the same faults.
 */
public final class LossyTcpProxy implements AutoCloseable {

    /**
     * @param loss      probability that a frame is dropped
     * @param duplicate probability that a frame is delivered twice
     * @param reorder   probability that a frame is held back one extra {@code delay}, letting the next overtake it
     * @param delay     one-way delay of every frame
     * @param jitter    uniform ± variation of the delay
     * @param seed      seed of the fault generator
     */
    public record Options(double loss, double duplicate, double reorder, Duration delay, Duration jitter, long seed) {
        public static Options lossy(double loss, Duration delay, long seed) {
            return new Options(loss, 0, 0, delay, Duration.ZERO, seed);
        }
    }

    /** Frames seen, dropped, duplicated and held back, both directions together. */
    public record Stats(long frames, long dropped, long duplicated, long reordered) {
    }

    private final Options options;
    private final int upstreamPort;
    private final ServerSocket server;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong reordered = new AtomicLong();
    private volatile boolean closed;

    private LossyTcpProxy(int upstreamPort, Options options) throws IOException {
        this.options = options;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    }

    /** Starts a proxy to 127.0.0.1:{@code upstreamPort}; connect to {@link #uri()}. */
    public static LossyTcpProxy start(int upstreamPort, Options options) throws IOException {
        LossyTcpProxy p = new LossyTcpProxy(upstreamPort, options);
        p.spawn("proxy-accept", p::acceptLoop);
        return p;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    public Stats stats() {
        return new Stats(frames.get(), dropped.get(), duplicated.get(), reordered.get());
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        synchronized (sockets) {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
        synchronized (threads) {
            threads.forEach(Thread::interrupt);
        }
    }

    private void acceptLoop() {
        long connection = 0;
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 5000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(upstream);
                }
                SplittableRandom random = new SplittableRandom(options.seed() + 7919L * connection++);
                pipe(client, upstream, random.split(), "up");
                pipe(upstream, client, random.split(), "down");
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("lossy proxy: " + e.getMessage());
                }
            }
        }
    }

    private void pipe(Socket from, Socket to, SplittableRandom random, String name) throws IOException {
        DelayQueue<Due> queue = new DelayQueue<>();
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        AtomicLong order = new AtomicLong();
        spawn("proxy-" + name + "-read", () -> {
            FrameSplitter splitter = new FrameSplitter();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) != -1; ) {
                    for (FrameSplitter.Chunk c : splitter.add(buf, n)) {
                        long now = System.nanoTime();
                        if (!c.frame()) {
                            queue.add(new Due(now + options.delay().toNanos(), order.getAndIncrement(), c.bytes()));
                            continue;
                        }
                        frames.incrementAndGet();
                        if (random.nextDouble() < options.loss()) {
                            dropped.incrementAndGet();
                            continue;
                        }
                        int copies = random.nextDouble() < options.duplicate() ? 2 : 1;
                        duplicated.addAndGet(copies - 1);
                        for (int k = 0; k < copies; k++) {
                            long d = options.delay().toNanos();
                            long j = options.jitter().toNanos();
                            if (j > 0) {
                                d += random.nextLong(-j, j + 1);
                            }
                            if (random.nextDouble() < options.reorder()) {
                                d += Math.max(options.delay().toNanos(), 1_000_000L);
                                reordered.incrementAndGet();
                            }
                            queue.add(new Due(now + Math.max(0, d), order.getAndIncrement(), c.bytes()));
                        }
                    }
                }
            } catch (IOException ended) {
                // the socket closed
            }
            queue.add(new Due(System.nanoTime() + options.delay().toNanos() + options.jitter().toNanos() * 2 + 2_000_000_000L,
                    Long.MAX_VALUE, null));
        });
        spawn("proxy-" + name + "-write", () -> {
            try {
                while (true) {
                    Due d = queue.take();
                    if (d.bytes == null) {
                        break;
                    }
                    out.write(d.bytes);
                    out.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // closed
            }
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        });
    }

    private void spawn(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        synchronized (threads) {
            threads.add(t);
        }
        t.start();
    }

    private record Due(long atNanos, long order, byte[] bytes) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            Due other = (Due) o;
            int c = Long.compare(atNanos, other.atNanos);
            return c != 0 ? c : Long.compare(order, other.order);
        }
    }

    /** Cuts a byte stream into MAVLink frames (by their length field) and the bytes between them. */
    static final class FrameSplitter {
        record Chunk(boolean frame, byte[] bytes) {
        }

        private byte[] pending = new byte[0];

        List<Chunk> add(byte[] data, int n) {
            byte[] all = Arrays.copyOf(pending, pending.length + n);
            System.arraycopy(data, 0, all, pending.length, n);
            List<Chunk> out = new ArrayList<>();
            int i = 0;
            while (i < all.length) {
                int magic = all[i] & 0xFF;
                if (magic != 0xFD && magic != 0xFE) {
                    int j = i;
                    while (j < all.length && (all[j] & 0xFF) != 0xFD && (all[j] & 0xFF) != 0xFE) {
                        j++;
                    }
                    out.add(new Chunk(false, Arrays.copyOfRange(all, i, j)));
                    i = j;
                    continue;
                }
                if (all.length - i < 3) {
                    break;
                }
                int len = all[i + 1] & 0xFF;
                int total = magic == 0xFE ? 8 + len : 12 + len + ((all[i + 2] & 0x01) != 0 ? 13 : 0);
                if (all.length - i < total) {
                    break;
                }
                out.add(new Chunk(true, Arrays.copyOfRange(all, i, i + total)));
                i += total;
            }
            pending = Arrays.copyOfRange(all, i, all.length);
            return out;
        }
    }
}
