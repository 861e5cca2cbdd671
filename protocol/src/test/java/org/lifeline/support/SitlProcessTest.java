package org.lifeline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.time.SystemScheduler;

/** The harness itself: SITL starts on a free instance, speaks MAVLink, and leaves nothing behind. */
class SitlProcessTest {

    @Test
    void sitlStartsOnAFreeInstanceSendsHeartbeatsAndIsRemovedOnClose() throws Exception {
        SitlProcess.assumeAvailable();
        Path dir;
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(5));
             SitlProcess second = SitlProcess.start(SitlProcess.Options.defaults().withGripper(false));
             SystemScheduler time = new SystemScheduler("sitl-smoke")) {
            dir = sitl.dir();
            assertThat(second.instance()).isNotEqualTo(sitl.instance());
            assertThat(sitl.gcsUri()).isEqualTo("tcp://127.0.0.1:" + (5760 + 10 * sitl.instance()));
            assertThat(sitl.companionUri()).isEqualTo("tcp://127.0.0.1:" + (5762 + 10 * sitl.instance()));
            MavlinkEndpoint gcs = new MavlinkEndpoint(Links.open(sitl.gcsUri()), time, EndpointOptions.groundStation());
            gcs.start();
            boolean heard = Await.until(() -> gcs.isConnected(1, 1), Duration.ofSeconds(20));
            gcs.close();
            assertThat(heard).as(sitl.output()).isTrue();
            assertThat(sitl.isAlive()).isTrue();
            long pid = sitl.pid();
            sitl.close();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
        assertThat(Files.exists(dir)).isFalse();
    }
}
