package org.lifeline.mission.transfer.sitl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.lifeline.link.LinkOptions;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.support.Await;
import org.lifeline.support.ExternalProgram;
import org.lifeline.time.SystemScheduler;

/**
 * A ground station's connection to ArduPilot SITL (directly, through a proxy or a serial
 * bridge): a MAVLink endpoint on real time and the mission-transfer engine on top, recording
 * every message received so a test can see what the vehicle really said.
 */
final class SitlLink implements AutoCloseable {

    final SystemScheduler time = new SystemScheduler("sitl-ground");
    final MavlinkEndpoint endpoint;
    final MissionTransferClient client;
    final List<Object> received = new CopyOnWriteArrayList<>();

    private SitlLink(String uri, TransferOptions options) throws IOException {
        endpoint = new MavlinkEndpoint(Links.open(uri, LinkOptions.DEFAULTS), time, EndpointOptions.groundStation());
        endpoint.subscribe((MavMessage m) -> received.add(m.payload()));
        client = new MissionTransferClient(endpoint, time, options);
        endpoint.start();
    }

    /** Connects without waiting for anything (an upload may follow at once). */
    static SitlLink connect(String uri) throws IOException {
        return new SitlLink(uri, TransferOptions.defaults());
    }

    /** Connects and waits for the autopilot's first heartbeat. */
    static SitlLink connectAndWait(String uri) throws IOException {
        SitlLink link = connect(uri);
        if (!Await.until(() -> link.endpoint.isConnected(1, 1), Duration.ofSeconds(30))) {
            link.close();
            throw new IOException("no heartbeat from ArduPilot SITL on " + uri + " within 30 s");
        }
        return link;
    }

    TransferResult uploadVerified(MissionPlan plan) throws Exception {
        return client.uploadVerified(plan).get(120, TimeUnit.SECONDS);
    }

    TransferResult download(org.lifeline.mission.MissionType type) throws Exception {
        return client.download(type).get(60, TimeUnit.SECONDS);
    }

    <T> long count(Class<T> type, java.util.function.Predicate<T> which) {
        return received.stream().filter(type::isInstance).map(type::cast).filter(which).count();
    }

    @Override
    public void close() {
        client.close();
        endpoint.close();
        time.close();
    }

    /** The QGroundControl-style plan under test resources (frames as QGroundControl writes them). */
    static FlightPlan qgcDeliveryPlan() {
        try (InputStream in = SitlLink.class.getResourceAsStream("/org/lifeline/plan/delivery.plan")) {
            Path tmp = Files.createTempFile("qgc-delivery", ".plan");
            Files.write(tmp, in.readAllBytes());
            try {
                return PlanFiles.read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under shared/data, or the test is skipped (failed under LIFELINE_REQUIRE_INTEGRATION=1). */
    static Path sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        ExternalProgram.skipOrFail("shared/data/" + relative + " not found above " + Path.of("").toAbsolutePath()
                + " (it sits beside the checkout in CI)");
        return null;
    }

    static Optional<Path> sharedDataDir(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
