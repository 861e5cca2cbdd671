package org.lifeline.benchmarks;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Flight-controller message → MQTT subscriber latency through the real agent: one operation
 * hands the agent a HEARTBEAT that flips the armed flag and waits until a separate MQTT client
 * receives the resulting ARMED/DISARMED event. The path is the whole field path: tracker,
 * transition detection, event outbox (written and forced to disk), the sender thread, Paho
 * QoS 1 publish, Mosquitto (TCP_NODELAY on), the subscriber. Sample mode gives p50/p99;
 * target p99 &lt; 20 ms on loopback.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AgentEventLatency -f 1 -wi 2 -i 3}
 * (needs mosquitto on the PATH).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class AgentEventLatencyBenchmark {

    private AgentHarness harness;
    private FleetConnection subscriber;
    private final SynchronousQueue<String> arrived = new SynchronousQueue<>();
    private boolean armed;

    @Setup(Level.Trial)
    public void start() throws Exception {
        harness = new AgentHarness(10);
        subscriber = new FleetConnection(MqttSettings.plain(harness.broker.uri(), "bench-sub", true));
        subscriber.connect();
        subscriber.subscribe(FleetTopics.topic("b1", Channel.EVENTS), 1, (topic, payload) -> {
            try {
                arrived.put(FleetJson.event(payload).type().name());
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        });
        harness.fc.deliver(InProcessAutopilot.gps());
        harness.fc.deliver(InProcessAutopilot.heartbeat(false));
        arrived.poll(5, TimeUnit.SECONDS); // nothing expected, lets the link settle
    }

    @Benchmark
    public String heartbeatToEvent() throws InterruptedException {
        armed = !armed;
        harness.fc.deliver(InProcessAutopilot.heartbeat(armed));
        String expected = armed ? "ARMED" : "DISARMED";
        while (true) {
            String type = arrived.poll(5, TimeUnit.SECONDS);
            if (type == null) {
                throw new IllegalStateException("no " + expected + " event within 5 s");
            }
            if (type.equals(expected)) {
                return type;
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        subscriber.close();
        harness.close();
    }
}
