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
        assertThat(io.sensor().state()).isEqualTo(DigitalState.HIGH);
        assertThat(pi.bay().parcelPresent()).isTrue();
    }

    @Test
    void openingTheServoDropsTheParcelAfterItHasFallenClear() {
        io.servoPulse(1000);
        time.advance(Duration.ofMillis(200));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.HIGH);
        assertThat(pi.bay().state()).isEqualTo(PayloadBay.State.FALLING);
        time.advance(Duration.ofMillis(200));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.LOW);
        assertThat(pi.bay().parcelPresent()).isFalse();
    }

    @Test
    void aBlipTooShortToOpenTheLatchKeepsTheParcel() {
        io.servoPulse(1000);
        time.advance(Duration.ofMillis(100));
        io.servoPulse(1500);
        time.advance(Duration.ofSeconds(1));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void theRelayReleasesToo() {
        io.relay().high();
        time.advance(Duration.ofMillis(400));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.LOW);
        pi.bay().loadParcel();
        io.relay().low();
        time.advance(Duration.ofMillis(100));
        assertThat(io.sensor().state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void aServoThatIsSwitchedOffDoesNotRelease() {
        io.servo().off();
        time.advance(Duration.ofSeconds(1));
        assertThat(pi.bay().parcelPresent()).isTrue();
    }
}
