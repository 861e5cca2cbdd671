package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavFrame;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.util.EnumValue;

import java.util.Optional;

/**
 * The only class of this package that touches the dronefleet message types: it turns our
 * requests into COMMAND_LONG / COMMAND_INT and the vehicle's COMMAND_ACK, HEARTBEAT and
 * STATUSTEXT into our records. Unset enum fields decode as {@code null} in dronefleet objects
 * built in memory but as 0 off the wire; both read as 0 here.
 */
final class DronefleetCommands {

    private DronefleetCommands() {
    }

    /** An acknowledgement as the transaction needs it. */
    record Ack(int command, int result, int progress, int resultParam2, int targetSystem, int targetComponent) {
    }

    /** The message to send for attempt number {@code attempt} (1-based); COMMAND_LONG counts confirmations. */
    static Object encode(CommandRequest r, int attempt) {
        EnumValue<MavCmd> cmd = EnumValue.create(MavCmd.class, r.command());
        if (r.encoding() == CommandRequest.Encoding.INT) {
            EnumValue<MavFrame> frame = EnumValue.create(MavFrame.class, r.frame());
            return CommandInt.builder()
                    .targetSystem(r.targetSystem()).targetComponent(r.targetComponent())
                    .frame(frame).command(cmd).current(0).autocontinue(0)
                    .param1(r.param1()).param2(r.param2()).param3(r.param3()).param4(r.param4())
                    .x((int) r.param5()).y((int) r.param6()).z(r.param7())
                    .build();
        }
        return CommandLong.builder()
                .targetSystem(r.targetSystem()).targetComponent(r.targetComponent())
                .command(cmd).confirmation(Math.min(attempt - 1, 255))
                .param1(r.param1()).param2(r.param2()).param3(r.param3()).param4(r.param4())
                .param5((float) r.param5()).param6((float) r.param6()).param7(r.param7())
                .build();
    }

    static Optional<Ack> ack(Object payload) {
        if (!(payload instanceof CommandAck a)) {
            return Optional.empty();
        }
        return Optional.of(new Ack(value(a.command()), value(a.result()), a.progress(), a.resultParam2(),
                a.targetSystem(), a.targetComponent()));
    }

    static Optional<VehicleHeartbeat> heartbeat(Object payload, long receivedNanos) {
        if (!(payload instanceof Heartbeat h)) {
            return Optional.empty();
        }
        return Optional.of(new VehicleHeartbeat(value(h.type()), value(h.autopilot()), value(h.baseMode()),
                h.customMode(), value(h.systemStatus()), receivedNanos));
    }

    static Optional<StatusText> statusText(Object payload, long receivedNanos) {
        if (!(payload instanceof Statustext s)) {
            return Optional.empty();
        }
        String text = s.text() == null ? "" : s.text().replace("\0", "").trim();
        return Optional.of(new StatusText(value(s.severity()), text, receivedNanos));
    }

    /** {@code MAV_CMD_NAV_LAND (21)}, or {@code MAV_CMD 31000} for numbers the library does not know. */
    static String commandName(int command) {
        MavCmd known = EnumValue.create(MavCmd.class, command).entry();
        return known == null ? "MAV_CMD " + command : known.name() + " (" + command + ")";
    }

    private static int value(EnumValue<?> v) {
        return v == null ? 0 : v.value();
    }
}
