package org.lifeline.simulator.vehicle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.lifeline.time.ManualScheduler;
import org.lifeline.time.Scheduler;

/**
 * Simulation time. Every participant (vehicle) is stepped at a fixed {@code step} of simulated
 * time, and the {@link ManualScheduler} underneath runs timers and in-process message
 * deliveries between steps. Tests call {@link #runFor} and get as-fast-as-possible stepping;
 * a live simulator calls {@link #startLive} to run at {@code speedup} × wall-clock time on one
 * thread. Simulated time never reads the wall clock, so the same seed gives the same flight at
 * any speed-up.
 */
public final class SimulationClock implements AutoCloseable {

    /** Something stepped once per time step. */
    public interface Participant {
        void step(double dtSeconds);
    }

    public static final Duration DEFAULT_STEP = Duration.ofMillis(10);

    private final ManualScheduler scheduler;
    private final Duration step;
    private final double dt;
    private final List<Participant> participants = new CopyOnWriteArrayList<>();
    private volatile Thread liveThread;
    private volatile boolean running;

    public SimulationClock() {
        this(DEFAULT_STEP, 1_700_000_000_000_000L);
    }

    /**
     * @param step              simulated time per step
     * @param epochMicrosAtZero wall-clock time that simulated time 0 stands for
     */
    public SimulationClock(Duration step, long epochMicrosAtZero) {
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("simulation step must be positive, got " + step);
        }
        this.scheduler = new ManualScheduler(epochMicrosAtZero);
        this.step = step;
        this.dt = step.toNanos() / 1e9;
    }

    /** The scheduler every simulated and in-process component must use for time and timers. */
    public Scheduler scheduler() {
        return scheduler;
    }

    public Duration step() {
        return step;
    }

    public void add(Participant p) {
        participants.add(p);
    }

    public void remove(Participant p) {
        participants.remove(p);
    }

    /** Simulated seconds since the clock started. */
    public double seconds() {
        return scheduler.nanoTime() / 1e9;
    }

    /** One step: due timers and deliveries, then every participant. */
    public void stepOnce() {
        scheduler.advance(step);
        for (Participant p : participants) {
            p.step(dt);
        }
    }

    /** Runs simulated time forward by {@code duration} as fast as the CPU allows. */
    public void runFor(Duration duration) {
        long steps = duration.toNanos() / step.toNanos();
        for (long i = 0; i < steps; i++) {
            stepOnce();
        }
    }

    /**
     * Runs until {@code condition} holds or {@code limit} of simulated time has passed.
     *
     * @return true when the condition was met
     */
    public boolean runUntil(java.util.function.BooleanSupplier condition, Duration limit) {
        long steps = limit.toNanos() / step.toNanos();
        for (long i = 0; i < steps; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            stepOnce();
        }
        return condition.getAsBoolean();
    }

    /** Starts stepping on a daemon thread at {@code speedup} × real time, until {@link #close()}. */
    public void startLive(double speedup) {
        startLive(speedup, Double.POSITIVE_INFINITY);
    }

    /**
     * Starts stepping on a daemon thread at {@code speedup} × real time; stepping stops by itself
     * once {@code untilSeconds} of simulated time have passed (see {@link #isLive()}).
     */
    public synchronized void startLive(double speedup, double untilSeconds) {
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("speed-up must be positive, got " + speedup);
        }
        if (liveThread != null) {
            throw new IllegalStateException("the simulation clock is already running");
        }
        running = true;
        long limit = Double.isInfinite(untilSeconds) ? Long.MAX_VALUE : (long) (untilSeconds * 1e9);
        Thread t = new Thread(() -> runLive(speedup, limit), "simulation-clock");
        t.setDaemon(true);
        liveThread = t;
        t.start();
    }

    /** True while the live thread is stepping. */
    public boolean isLive() {
        return running;
    }

    private void runLive(double speedup, long limitNanos) {
        long wallStart = System.nanoTime();
        long simStart = scheduler.nanoTime();
        long stepNanos = step.toNanos();
        while (running) {
            long wanted = simStart + (long) ((System.nanoTime() - wallStart) * speedup);
            int burst = 0;
            while (scheduler.nanoTime() + stepNanos <= wanted && running && burst++ < 100_000) {
                if (scheduler.nanoTime() + stepNanos > limitNanos) {
                    running = false;
                    return;
                }
                stepOnce();
            }
            LockSupport.parkNanos(Math.max(100_000L, (long) (stepNanos / speedup)));
        }
    }

    /** Stops live stepping (if running) and waits for the thread to end. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = liveThread;
            liveThread = null;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
