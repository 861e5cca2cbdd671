package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavType;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

/** Real MAVLink frames for parser tests. */
public final class TestFrames {

    public static final MessageRegistry REGISTRY = MessageRegistry.standard();
    public static final PayloadCodec CODEC = new PayloadCodec(REGISTRY);

    private TestFrames() {
    }

    public static Heartbeat heartbeat() {
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .customMode(3).mavlinkVersion(3).build();
    }

    /** A few message objects of different lengths, some with zero tails to truncate. */
    public static Object randomMessage(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> heartbeat();
            case 1 -> MissionCount.builder().targetSystem(1).targetComponent(1).count(random.nextInt(700)).build();
            case 2 -> Statustext.builder().text("msg " + random.nextInt(100000)).build();
            default -> MissionItemInt.builder().targetSystem(1).targetComponent(1).seq(random.nextInt(50))
                    .x(340655000 + random.nextInt(1000)).y(1144010000 + random.nextInt(1000)).z(random.nextFloat() * 100)
                    .build();
        };
    }

    public static List<Object> sampleMessages() {
        return List.of(heartbeat(),
                SysStatus.builder().voltageBattery(12600).currentBattery(-1).batteryRemaining(87).build(),
                Statustext.builder().text("Gripper load released").build(),
                MissionCount.builder().targetSystem(1).targetComponent(1).count(0).build());
    }

    /** A MAVLink 1 frame of {@code message}: base-length payload, no truncation. */
    public static byte[] v1(Object message, int sequence, int systemId, int componentId) {
        MessageSpec spec = REGISTRY.specFor(message);
        byte[] payload = CODEC.encode(message, spec);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Frame.MAGIC_V1);
        out.write(spec.minLength());
        out.write(sequence);
        out.write(systemId);
        out.write(componentId);
        out.write(spec.id());
        out.write(payload, 0, spec.minLength());
        byte[] f = out.toByteArray();
        int crc = Crc16.frameChecksum(f, 0, Frame.HEADER_V1 - 1 + spec.minLength(), spec.crcExtra());
        out.write(crc & 0xFF);
        out.write(crc >>> 8);
        return out.toByteArray();
    }

    /** A MAVLink 2 frame with an id no dialect knows and a correct-looking shape. */
    public static byte[] unknownV2(int messageId, byte[] payload, int sequence) {
        byte[] f = new byte[Frame.HEADER_V2 + payload.length + 2];
        f[0] = (byte) Frame.MAGIC_V2;
        f[1] = (byte) payload.length;
        f[4] = (byte) sequence;
        f[5] = 1;
        f[6] = 1;
        f[7] = (byte) messageId;
        f[8] = (byte) (messageId >>> 8);
        f[9] = (byte) (messageId >>> 16);
        System.arraycopy(payload, 0, f, Frame.HEADER_V2, payload.length);
        int crc = Crc16.frameChecksum(f, 0, Frame.HEADER_V2 - 1 + payload.length, 0x42);
        f[f.length - 2] = (byte) crc;
        f[f.length - 1] = (byte) (crc >>> 8);
        return f;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
