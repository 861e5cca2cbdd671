package org.lifeline.agent.drops;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.lifeline.mission.MissionItem;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the mission whenever it may have changed, one read at a time.
 *
 * <pre>
 *   IDLE ──changed()──▶ READING ──success──▶ IDLE (mission handed on)
 *                         │  ▲  └─failure──▶ WAITING ──retryDelay──▶ READING
 *              changed()  │  │
 *                         ▼  │ (read done)
 *                      READING + again ──▶ READING (a change during a read is read afterwards)
 * </pre>
 */
public final class MissionWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MissionWatcher.class);

    private final MissionSource source;
    private final Scheduler scheduler;
    private final Duration retryDelay;
    private final Consumer<List<MissionItem>> onMission;
    private boolean reading;
    private boolean again;
    private Scheduler.Cancellable retry;
    private int reads;

    public MissionWatcher(MissionSource source, Scheduler scheduler, Duration retryDelay, Consumer<List<MissionItem>> onMission) {
        this.source = source;
        this.scheduler = scheduler;
        this.retryDelay = retryDelay;
        this.onMission = onMission;
    }

    /** The mission may have changed: read it (now, or after the read in progress). */
    public synchronized void changed() {
        if (reading) {
            again = true;
            return;
        }
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        read();
    }

    /** Reads started so far. */
    public synchronized int reads() {
        return reads;
    }

    private void read() {
        reading = true;
        again = false;
        reads++;
        source.readMission().whenComplete((items, error) -> done(items, error));
    }

    private void done(List<MissionItem> items, Throwable error) {
        if (error == null) {
            LOG.info("mission read: items={}", items.size());
            onMission.accept(items);
        } else {
            LOG.warn("mission read failed: reason=\"{}\" retryInMs={}", error.getMessage(), retryDelay.toMillis());
        }
        synchronized (this) {
            reading = false;
            if (again) {
                read();
            } else if (error != null) {
                retry = scheduler.schedule(retryDelay, this::changed);
            }
        }
    }
}
