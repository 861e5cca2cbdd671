package org.lifeline.agent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.pi4j.context.Context;
import org.lifeline.agent.bus.AgentBus;
import org.lifeline.agent.bus.EventOutbox;
import org.lifeline.agent.config.AgentConfig;
import org.lifeline.agent.core.Agent;
import org.lifeline.agent.core.AgentSettings;
import org.lifeline.agent.core.BusOutput;
import org.lifeline.agent.core.AgentStores;
import org.lifeline.agent.drops.DropDefaults;
import org.lifeline.agent.fc.AutopilotGripper;
import org.lifeline.agent.fc.TrackerOptions;
import org.lifeline.agent.hardware.DigitalParcelSensor;
import org.lifeline.agent.hardware.Pi4jContexts;
import org.lifeline.agent.hardware.RelayReleaseActuator;
import org.lifeline.agent.hardware.ServoReleaseActuator;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.ParcelSensor;
import org.lifeline.agent.release.PayloadReleaser;
import org.lifeline.agent.release.ReleaseActuator;
import org.lifeline.agent.release.ReleaseJournal;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running agent, assembled from a checked configuration. Start order: journal (a journal
 * that cannot be read stops the agent before any actuator exists), hardware (actuator driven
 * closed), fleet bus, flight-controller link, core. {@link #close()} undoes it in reverse and
 * publishes a retained OFFLINE status, so a clean shutdown is told apart from a crash.
 */
public final class AgentRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentRuntime.class);
    public static final String VERSION = Optional.ofNullable(AgentRuntime.class.getPackage().getImplementationVersion()).orElse("dev");

    private final Scheduler scheduler;
    private final boolean ownsScheduler;
    private final ReleaseJournal journal;
    private final AgentStores stores;
    private final Context pi4j;
    private final AgentBus bus;
    private final FcConnection fc;
    private final Agent agent;

    private AgentRuntime(Scheduler scheduler, boolean ownsScheduler, ReleaseJournal journal, AgentStores stores,
                         Context pi4j, AgentBus bus, FcConnection fc, Agent agent) {
        this.stores = stores;
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.journal = journal;
        this.pi4j = pi4j;
        this.bus = bus;
        this.fc = fc;
        this.agent = agent;
    }

    /** Starts an agent; on failure everything already opened is closed again. */
    public static AgentRuntime start(AgentConfig c, boolean mockHardware, FcConnector connector) throws IOException, FleetBusException {
        SystemScheduler scheduler = new SystemScheduler("agent-clock");
        Context pi4j;
        try {
            pi4j = mockHardware ? Pi4jContexts.mock() : Pi4jContexts.auto();
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
        return start(c, scheduler, true, pi4j, connector);
    }

    /**
     * Starts an agent on a given clock and GPIO context (a simulated Pi on simulated time, in
     * tests); the context is shut down on close, the scheduler is closed only when {@code ownsScheduler}.
     */
    public static AgentRuntime start(AgentConfig c, Scheduler scheduler, boolean ownsScheduler, Context pi4j,
                                     FcConnector connector) throws IOException, FleetBusException {
        ReleaseJournal journal = null;
        AgentStores stores = null;
        AgentBus bus = null;
        FcConnection fc = null;
        try {
            Files.createDirectories(c.dataDir());
            journal = ReleaseJournal.open(c.dataDir().resolve("releases.journal"));
            stores = AgentStores.open(c.dataDir());
            // the Pi's actuator is driven closed before anything else can happen; the autopilot's
            // gripper is reached over the flight-controller link, so it is set up with that link
            ReleaseActuator actuator = c.actuator() instanceof AgentConfig.AutopilotRelease ? null : actuator(pi4j, c.actuator());
            Optional<ParcelSensor> sensor = c.sensorPin().isPresent()
                    ? Optional.of(DigitalParcelSensor.create(pi4j, c.sensorPin().getAsInt(), c.sensorPresentHigh()))
                    : Optional.empty();
            bus = new AgentBus(mqtt(c), c.droneId(), VERSION, new EventOutbox(c.dataDir().resolve("outbox"), c.droneId()));
            fc = connector.connect(c, scheduler);
            if (c.actuator() instanceof AgentConfig.AutopilotRelease a) {
                actuator = new AutopilotGripper(fc.channel(), c.systemId(), c.autopilotComponent(), a.gripper());
            }
            PayloadReleaser releaser = new PayloadReleaser(new InterlockCheck(c.maxTelemetryAgeMillis(), c.maxVerticalSpeed()), journal, actuator,
                    sensor, scheduler, Duration.ofMillis(c.openMillis()));
            TrackerOptions tracker = TrackerOptions.defaults(c.systemId())
                    .withLinkLostAfter(Duration.ofMillis(Math.round(c.linkLostSeconds() * 1000)))
                    .withLowBattery(c.lowBatteryPercent())
                    .withGripper(c.gripperChannel(), c.gripperReleasePwm());
            tracker = new TrackerOptions(tracker.systemId(), c.autopilotComponent(), tracker.heartbeatInterval(),
                    tracker.linkLostAfter(), tracker.streams(), tracker.lowBatteryPercent(), tracker.takeoffAltitude(),
                    tracker.gripperChannel(), tracker.gripperReleasePwm());
            AgentSettings settings = new AgentSettings(c.droneId(), tracker,
                    new DropDefaults(c.zoneRadiusMetres(), c.altitudeWindowMetres(), c.maxGroundSpeed()), c.telemetryRateHz(),
                    Duration.ofMillis(Math.round(c.refusalSeconds() * 1000)), Duration.ofSeconds(5), c.releaseOwner());
            Agent agent = new Agent(settings, fc.channel(), fc.missions(), scheduler, releaser,
                    new CommandSigner(c.commandKey(), Math.round(c.maxSkewSeconds() * 1000)), new BusOutput(bus, scheduler),
                    stores);
            bus.onCommand(agent::onCommand);
            bus.start();
            agent.start();
            fc.start();
            LOG.info("agent started drone={} fc={} broker={} release={} version={}", c.droneId(), c.fcUri(), c.broker().uri(),
                    c.releaseOwner().name().toLowerCase(java.util.Locale.ROOT), VERSION);
            return new AgentRuntime(scheduler, ownsScheduler, journal, stores, pi4j, bus, fc, agent);
        } catch (IOException | FleetBusException | RuntimeException e) {
            closeQuietly(fc);
            if (bus != null) {
                bus.close();
            }
            pi4j.shutdown();
            closeQuietly(journal);
            closeQuietly(stores);
            if (ownsScheduler && scheduler instanceof AutoCloseable a) {
                closeQuietly(a);
            }
            throw e;
        }
    }

    public Agent agent() {
        return agent;
    }

    public AgentBus bus() {
        return bus;
    }

    private static ReleaseActuator actuator(Context pi4j, AgentConfig.Actuator a) {
        if (a instanceof AgentConfig.Servo s) {
            return ServoReleaseActuator.create(pi4j, s.pwmChannel(), s.frequencyHz(), s.closedMicros(), s.openMicros());
        }
        AgentConfig.Relay r = (AgentConfig.Relay) a;
        return RelayReleaseActuator.create(pi4j, r.pin(), r.activeHigh());
    }

    static MqttSettings mqtt(AgentConfig c) {
        AgentConfig.BrokerConfig b = c.broker();
        return new MqttSettings(b.uri(), "agent-" + c.droneId(), false, b.username(), b.password(), b.trustStore(),
                b.trustStorePassword(), b.keyStore(), b.keyStorePassword(), Optional.of(c.dataDir().resolve("mqtt")),
                Optional.empty(), b.keepAliveSeconds());
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while closing {}: {}", c.getClass().getSimpleName(), e.toString());
        }
    }

    /** Clean shutdown: core stopped, OFFLINE published (retained), link and hardware released. */
    @Override
    public void close() {
        LOG.info("agent stopping");
        agent.close();
        bus.goOffline();
        bus.close();
        closeQuietly(fc);
        pi4j.shutdown();
        journal.close();
        stores.close();
        if (ownsScheduler && scheduler instanceof AutoCloseable a) {
            closeQuietly(a);
        }
        LOG.info("agent stopped");
    }

    /** The data directory layout, for operators: journal, outbox, MQTT persistence. */
    static Path journalFile(AgentConfig c) {
        return c.dataDir().resolve("releases.journal");
    }
}
