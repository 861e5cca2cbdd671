package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Every process the demo starts, each with its output in its own log file. {@link #close()}
 * ends each one's whole tree (descendants first, politely, then by force after a grace period);
 * a shutdown hook does the same when the JVM is stopped by Ctrl-C or dies of an error, so
 * nothing is left running.
 */
public final class ChildProcesses implements AutoCloseable {

    /** A started process and where its output goes. */
    public record Child(String name, Process process, Path log) {
        public long pid() {
            return process.pid();
        }
    }

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final List<Child> children = new ArrayList<>();
    private final Thread hook;
    private final java.util.function.Consumer<String> notice;
    private volatile boolean closed;

    /** @param notice told when the JVM is stopping (Ctrl-C) and the processes are being ended */
    public ChildProcesses(java.util.function.Consumer<String> notice) {
        this.notice = notice;
        this.hook = new Thread(() -> {
            notice.accept("stopping: ending the " + children().size() + " processes the demo started");
            stopAll();
        }, "demo-stop-children");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether the processes are being (or have been) ended. */
    public boolean stopping() {
        return closed;
    }

    /**
     * Starts {@code command} in {@code dir} with stdout and stderr appended to {@code log}.
     *
     * @throws UncheckedIOException when the program cannot be started
     */
    public synchronized Child start(String name, List<String> command, Path dir, Path log) {
        if (closed) {
            throw new IllegalStateException("stopping: no new process");
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Child c = new Child(name, p, log);
            children.add(c);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /** The processes started so far (dead or alive). */
    public synchronized List<Child> children() {
        return List.copyOf(children);
    }

    /** The first child that has exited, if any. */
    public synchronized java.util.Optional<Child> firstDead() {
        return children.stream().filter(c -> !c.process().isAlive()).findFirst();
    }

    /**
     * Waits until something listens on {@code 127.0.0.1:port}; fails early when the child dies.
     *
     * @throws IllegalStateException when the child exits or the deadline passes first
     */
    public static void awaitListening(Child child, int port, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!child.process().isAlive()) {
                throw new IllegalStateException(child.name() + " exited (code " + child.process().exitValue()
                        + ") before listening on port " + port + "; see " + child.log());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(child.name() + " did not listen on port " + port + " within "
                        + limit.toSeconds() + " s; see " + child.log());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** A TCP port free on the loopback interface now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private void stopAll() {
        List<Child> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(children);
        }
        List<ProcessHandle> trees = new ArrayList<>();
        for (Child c : all) {
            // descendants first: a child's own children would be orphaned if it went first
            c.process().descendants().forEach(trees::add);
            trees.add(c.process().toHandle());
        }
        trees.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle h : trees) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception stillRunning) {
                // forced below
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }
}
