package org.lifeline.benchmarks;

import io.dronefleet.mavlink.MavlinkConnection;
import io.dronefleet.mavlink.common.Attitude;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavType;
import org.lifeline.mavlink.frame.FrameParser;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reading a telemetry stream: Lifeline's frame parser (+ payload decoding through the library's
 * deserialiser) against the MAVLink library's own reader as the baseline. The stream is 10,000
 * frames of typical telemetry with 1 byte in 500 flipped, as on a noisy radio.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FrameReaderBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FrameReaderBenchmark {

    private byte[] stream;
    private final MessageRegistry registry = MessageRegistry.standard();
    private final PayloadCodec codec = new PayloadCodec(registry);

    @Setup
    public void setUp() {
        FrameWriter writer = new FrameWriter(1, 1, codec, null);
        List<Object> telemetry = List.of(
                Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA).customMode(3).mavlinkVersion(3).build(),
                GlobalPositionInt.builder().lat(340655000).lon(1144010000).alt(512000).relativeAlt(30000).vx(120).vy(-40).hdg(9000).build(),
                Attitude.builder().roll(0.01f).pitch(-0.02f).yaw(1.57f).build(),
                SysStatus.builder().voltageBattery(12600).currentBattery(1520).batteryRemaining(81).build(),
                Statustext.builder().text("Reached waypoint #2").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            out.writeBytes(writer.write(telemetry.get(i % telemetry.size())).bytes());
        }
        stream = out.toByteArray();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < stream.length; i += 1 + random.nextInt(1000)) {
            stream[i] ^= (byte) (1 + random.nextInt(255));
        }
    }

    @Benchmark
    public void lifelineParserAndDecoder(Blackhole bh) {
        FrameParser parser = new FrameParser(registry, (frame, spec) -> {
            if (spec != null) {
                bh.consume(codec.decode(frame, spec));
            }
        });
        for (int at = 0; at < stream.length; at += 4096) {
            parser.feed(stream, at, Math.min(4096, stream.length - at));
        }
        parser.endOfInput();
    }

    @Benchmark
    public void lifelineParserFramesOnly(Blackhole bh) {
        FrameParser parser = new FrameParser(registry, (frame, spec) -> bh.consume(frame));
        for (int at = 0; at < stream.length; at += 4096) {
            parser.feed(stream, at, Math.min(4096, stream.length - at));
        }
        parser.endOfInput();
    }

    @Benchmark
    public void libraryReaderBaseline(Blackhole bh) throws IOException {
        MavlinkConnection connection = MavlinkConnection.create(new ByteArrayInputStream(stream), new ByteArrayOutputStream());
        try {
            while (true) {
                bh.consume(connection.next());
            }
        } catch (EOFException end) {
            bh.consume(end);
        }
    }
}
