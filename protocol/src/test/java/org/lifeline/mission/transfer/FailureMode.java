package org.lifeline.mission.transfer;

import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import java.time.Duration;
import java.util.function.Predicate;
import org.lifeline.mavlink.sim.FrameFilter;
import org.lifeline.mavlink.sim.SimulatedChannelPair.Direction;

/**
 * Named faults for table-driven transfer tests (after QGroundControl's MockLink): each applies
 * one scripted fault to the link or the vehicle-side server of a {@link TransferFixture}, for an
 * upload (ground → vehicle items) or a download (vehicle → ground items).
 */
enum FailureMode {
    /** Nothing goes wrong. */
    NONE,
    /** The first MISSION_COUNT is lost (upload: ours; download: the vehicle's answer). */
    LOST_COUNT,
    /** The first request for item 1 is lost. */
    LOST_REQUEST,
    /** The first copy of item 2 is lost. */
    LOST_ITEM,
    /** Item 2 arrives twice, back to back. */
    DUPLICATED_ITEM,
    /** The request for item 1 arrives again, late: after later requests (out of order). */
    OUT_OF_ORDER_REQUEST,
    /** The final MISSION_ACK is lost (upload: the vehicle's; download: ours). */
    LOST_ACK,
    /** The vehicle stops answering once item 2 is on its way. */
    PEER_STOPS_ANSWERING,
    /** The vehicle reboots as item 2 is on its way and forgets the transfer (stored plans survive). */
    PEER_RESTARTS,
    /** The vehicle requests items with legacy MISSION_REQUEST, as ArduPilot Copter does. */
    ARDUPILOT_LEGACY_REQUEST;

    /** Installs this fault on {@code f} for an upload ({@code upload}) or a download. */
    void install(TransferFixture f, boolean upload) {
        Direction items = upload ? Direction.UPLINK : Direction.DOWNLINK;
        Direction requests = upload ? Direction.DOWNLINK : Direction.UPLINK;
        switch (this) {
            case NONE, ARDUPILOT_LEGACY_REQUEST -> { }
            case LOST_COUNT -> f.link.setFilter(upload ? Direction.UPLINK : Direction.DOWNLINK,
                    once(p -> p instanceof MissionCount, FrameFilter.Verdict.DROP));
            case LOST_REQUEST -> f.link.setFilter(requests, once(p -> requestSeq(p) == 1, FrameFilter.Verdict.DROP));
            case LOST_ITEM -> f.link.setFilter(items, once(p -> itemSeq(p) == 2, FrameFilter.Verdict.DROP));
            case DUPLICATED_ITEM -> f.link.setFilter(items, once(p -> itemSeq(p) == 2, FrameFilter.Verdict.DUPLICATE));
            case OUT_OF_ORDER_REQUEST -> f.link.setFilter(requests,
                    once(p -> requestSeq(p) == 1, FrameFilter.Verdict.DUPLICATE_LATE));
            case LOST_ACK -> f.link.setFilter(upload ? Direction.DOWNLINK : Direction.UPLINK,
                    once(p -> p instanceof MissionAck, FrameFilter.Verdict.DROP));
            case PEER_STOPS_ANSWERING -> f.link.setFilter(items, once(p -> itemSeq(p) == 2,
                    FrameFilter.Verdict.DELIVER, () -> f.server.faults().stopAnswering(), f));
            case PEER_RESTARTS -> f.link.setFilter(items, once(p -> itemSeq(p) == 2,
                    FrameFilter.Verdict.DELIVER, f.server::forgetTransactions, f));
            default -> throw new AssertionError(this);
        }
    }

    /** Whether the vehicle is told to request with legacy MISSION_REQUEST. */
    boolean legacy() {
        return this == ARDUPILOT_LEGACY_REQUEST;
    }


    private static int itemSeq(Object p) {
        return p instanceof MissionItemInt i ? i.seq() : -1;
    }

    private static int requestSeq(Object p) {
        if (p instanceof MissionRequestInt r) {
            return r.seq();
        }
        return p instanceof MissionRequest r ? r.seq() : -1;
    }

    private static FrameFilter once(Predicate<Object> match, FrameFilter.Verdict verdict) {
        boolean[] fired = {false};
        return payload -> {
            if (!fired[0] && match.test(payload)) {
                fired[0] = true;
                return verdict;
            }
            return FrameFilter.Verdict.DELIVER;
        };
    }

    /** Runs {@code action} (on the scheduler, before the frame arrives) when the frame is sent. */
    private static FrameFilter once(Predicate<Object> match, FrameFilter.Verdict verdict, Runnable action,
                                    TransferFixture f) {
        boolean[] fired = {false};
        return payload -> {
            if (!fired[0] && match.test(payload)) {
                fired[0] = true;
                f.scheduler.schedule(Duration.ZERO, action);
                return verdict;
            }
            return FrameFilter.Verdict.DELIVER;
        };
    }
}
