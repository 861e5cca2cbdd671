package org.lifeline.simulator.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.time.ManualScheduler;

class SimulatedPiTest {

    private final ManualScheduler time = new ManualScheduler();
    private SimulatedPi pi;
    private SimulatedPi.ReleaseIo io;

    @BeforeEach
    void start() {
        pi = SimulatedPi.start(time, PayloadWiring.standard());
        io = pi.createReleaseIo();
    }

    @AfterEach
    void stop() {
        pi.close();
    }

    @Test
    void theSensorReportsTheParcelWhileTheServoIsClosed() {
        time.advance(Duration.ofSeconds(2));
        assertThat(io.sensorSaysPresent()).isTrue();
        assertThat(pi.bay().parcelPresent()).isTrue();
    }

    @Test
    void openingTheServoDropsTheParcelAfterItHasFallenClear() {
        io.servoPulse(1000);
        time.advance(Duration.ofMillis(200));
        assertThat(io.sensorSaysPresent()).isTrue();
        assertThat(pi.bay().state()).isEqualTo(PayloadBay.State.FALLING);
        time.advance(Duration.ofMillis(200));
        assertThat(io.sensorSaysPresent()).isFalse();
        assertThat(pi.bay().parcelPresent()).isFalse();
    }

    @Test
    void aBlipTooShortToOpenTheLatchKeepsTheParcel() {
        io.servoPulse(1000);
        time.advance(Duration.ofMillis(100));
        io.servoPulse(1900);
        time.advance(Duration.ofSeconds(1));
        assertThat(io.sensorSaysPresent()).isTrue();
    }

    @Test
    void theRelayReleasesToo() {
        io.relayOpen(true);
        time.advance(Duration.ofMillis(400));
        assertThat(io.sensorSaysPresent()).isFalse();
        pi.bay().loadParcel();
        io.relayOpen(false);
        time.advance(Duration.ofMillis(100));
        assertThat(io.sensorSaysPresent()).isTrue();
    }

    @Test
    void theSensorIsActiveLowAsTheAgentWiresIt() {
        time.advance(Duration.ofMillis(100));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.LOW);
        io.servoPulse(1100);
        time.advance(Duration.ofMillis(400));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void aServoThatIsSwitchedOffDoesNotRelease() {
        io.servo().off();
        time.advance(Duration.ofSeconds(1));
        assertThat(pi.bay().parcelPresent()).isTrue();
    }
}
