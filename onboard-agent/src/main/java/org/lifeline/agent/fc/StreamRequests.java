package org.lifeline.agent.fc;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.RequestDataStream;
import org.lifeline.command.TelemetryPlan;
import org.lifeline.mavlink.MessageChannel;

/**
 * Keeps the telemetry streams the agent needs flowing. Each stream is asked for with
 * MAV_CMD_SET_MESSAGE_INTERVAL (param1 = message id, param2 = interval in µs); a stream that
 * stays silent for three of its intervals (at least two seconds) is asked for again, at most
 * once per two seconds: a request can be lost on the link, and an autopilot that rebooted
 * forgets every interval it was given.
 *
 * <p>A stream still silent after its first request is also asked for with the legacy
 * REQUEST_DATA_STREAM of its group (at the group's highest wanted rate): ArduPilot honours both,
 * and an autopilot that refuses or ignores SET_MESSAGE_INTERVAL may still know the legacy one.
 */
final class StreamRequests {

    private static final long MIN_SILENCE_MILLIS = 2_000;
    private static final long MIN_REPEAT_MILLIS = 2_000;

    private final MessageChannel channel;
    private final int targetSystem;
    private final int targetComponent;
    private final Map<Integer, Double> rates;
    private final Map<Integer, Long> lastHeard = new HashMap<>();
    private final Map<Integer, Long> lastAsked = new HashMap<>();
    private final Map<Integer, Integer> requestCount = new TreeMap<>();

    StreamRequests(MessageChannel channel, int targetSystem, int targetComponent, Map<Integer, Double> rates) {
        this.channel = channel;
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.rates = new TreeMap<>(rates);
    }

    void heard(int messageId, long nowMillis) {
        lastHeard.put(messageId, nowMillis);
    }

    /** Asks again for every stream that is silent (all of them at first). */
    void check(long nowMillis) {
        Map<Integer, Integer> legacy = new TreeMap<>();
        rates.forEach((id, hz) -> {
            long interval = Math.round(1000 / hz);
            long heard = lastHeard.getOrDefault(id, Long.MIN_VALUE);
            long asked = lastAsked.getOrDefault(id, Long.MIN_VALUE);
            boolean silent = heard == Long.MIN_VALUE || nowMillis - heard > Math.max(3 * interval, MIN_SILENCE_MILLIS);
            boolean mayAsk = asked == Long.MIN_VALUE || nowMillis - asked >= MIN_REPEAT_MILLIS;
            if (silent && mayAsk) {
                request(id, interval * 1000);
                if (asked != Long.MIN_VALUE && TelemetryPlan.streamOf(id) >= 0) {
                    legacy.merge(TelemetryPlan.streamOf(id), (int) Math.max(1, Math.ceil(hz)), Math::max);
                }
                lastAsked.put(id, nowMillis);
                requestCount.merge(id, 1, Integer::sum);
            }
        });
        legacy.forEach((stream, hz) -> channel.send(RequestDataStream.builder().targetSystem(targetSystem)
                .targetComponent(targetComponent).reqStreamId(stream).reqMessageRate(hz).startStop(1).build()));
    }

    /** Forgets what was heard (the autopilot may have rebooted): every stream is asked for again. */
    void reset() {
        lastHeard.clear();
        lastAsked.clear();
    }

    /** How often each stream was requested (message id → count). */
    Map<Integer, Integer> requestCounts() {
        return Map.copyOf(requestCount);
    }

    private void request(int messageId, long intervalMicros) {
        channel.send(CommandLong.builder()
                .targetSystem(targetSystem)
                .targetComponent(targetComponent)
                .command(MavCmd.MAV_CMD_SET_MESSAGE_INTERVAL)
                .confirmation(0)
                .param1(messageId)
                .param2(intervalMicros)
                .build());
    }
}
