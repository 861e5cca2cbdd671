package org.lifeline.mission.transfer.sitl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.PlanComparison;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.VehiclePlans;
import org.lifeline.support.Await;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.SitlProcess;

/**
 * The ground station on a serial port, as with a SiK radio: socat joins a pseudo-terminal to
 * ArduPilot SITL's TCP port, and the engine opens the pty with jssc at 57600 baud. Mission,
 * fence and rally go up verified and come back down.
 */
class SitlSerialTransferTest {

    @Test
    void missionFenceAndRallyGoUpAndComeBackDownOverASerialPort() throws Exception {
        SitlProcess.assumeAvailable();
        Path socat = ExternalProgram.locate("socat").orElse(null);
        if (socat == null) {
            ExternalProgram.skipOrFail(ExternalProgram.missingMessage("socat", "socat"));
        }
        VehiclePlans plans = VehiclePlans.of(SitlLink.qgcDeliveryPlan());
        Path dir = Files.createTempDirectory("lifeline-sitl-pty");
        Path tty = dir.resolve("radio");
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(10))) {
            Process bridge = new ProcessBuilder(socat.toString(), "pty,raw,echo=0,link=" + tty,
                    "tcp:127.0.0.1:" + sitl.gcsPort())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
            try {
                assertThat(Await.until(() -> Files.exists(tty) || !bridge.isAlive(), Duration.ofSeconds(10)))
                        .as("socat made " + tty).isTrue();
                try (SitlLink gcs = SitlLink.connectAndWait("serial:" + tty + "?baud=57600")) {
                    for (MissionPlan plan : new MissionPlan[] {plans.mission(), plans.fence(), plans.rally()}) {
                        TransferResult up = gcs.uploadVerified(plan);
                        assertThat(up.outcome()).as(up.toString()).isEqualTo(TransferOutcome.SUCCESS);
                    }
                    for (MissionType type : MissionType.values()) {
                        TransferResult down = gcs.download(type);
                        assertThat(down.outcome()).as(down.toString()).isEqualTo(TransferOutcome.SUCCESS);
                        MissionPlan sent = switch (type) {
                            case MISSION -> plans.mission();
                            case FENCE -> plans.fence();
                            case RALLY -> plans.rally();
                        };
                        assertThat(PlanComparison.firstDifference(sent, down.plan(), type == MissionType.MISSION)).isNull();
                    }
                }
            } finally {
                bridge.destroy();
                if (!bridge.waitFor(5, TimeUnit.SECONDS)) {
                    bridge.destroyForcibly();
                }
                Files.deleteIfExists(tty);
                Files.deleteIfExists(dir.resolve("socat.log"));
                Files.deleteIfExists(dir);
            }
        }
    }
}
