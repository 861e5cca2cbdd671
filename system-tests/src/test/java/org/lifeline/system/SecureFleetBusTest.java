package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.bus.AgentBus;
import org.lifeline.agent.bus.EventOutbox;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The security set-up of docs/onboard-agent.md, for real: Mosquitto with a TLS listener, a
 * password file and the per-drone ACL; the agent and the ground station connect over ssl://
 * with the broker's CA in a PKCS12 trust store. A drone cannot speak on another drone's topics,
 * a wrong password is refused, and plain TCP does not get through the TLS port.
 */
class SecureFleetBusTest {

    private static final String ACL = String.join("\n",
            "user groundstation",
            "topic read lifeline/v1/drones/#",
            "topic write lifeline/v1/drones/+/commands",
            "",
            "pattern readwrite lifeline/v1/drones/%u/#",
            "");

    @TempDir
    Path dir;

    private static void require(String program, String debianPackage) {
        if (ExternalProgram.locate(program).isEmpty()) {
            String msg = ExternalProgram.missingMessage(program, debianPackage);
            if (ExternalProgram.integrationRequired()) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tools.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + Files.readString(dir.resolve("tools.log")));
        }
    }

    /** A CA, a broker certificate for localhost signed by it, and the CA in a PKCS12 trust store. */
    private void makeCertificates() throws Exception {
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Lifeline test CA",
                "-keyout", "ca.key", "-out", "ca.crt");
        run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "broker.key", "-out", "broker.csr");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        run("openssl", "x509", "-req", "-in", "broker.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "broker.crt");
        run("keytool", "-importcert", "-noprompt", "-storetype", "PKCS12", "-keystore", "ca.p12", "-storepass", "trustpass",
                "-alias", "ca", "-file", "ca.crt");
        run("mosquitto_passwd", "-b", "-c", "passwd", "groundstation", "gs-secret");
        run("mosquitto_passwd", "-b", "passwd", "d1", "d1-secret");
        run("mosquitto_passwd", "-b", "passwd", "d2", "d2-secret");
        Files.writeString(dir.resolve("acl"), ACL);
    }

    private MqttSettings tls(int port, String clientId, String user, String password) {
        return new MqttSettings("ssl://localhost:" + port, clientId, false, Optional.of(user), Optional.of(password),
                Optional.of(dir.resolve("ca.p12")), Optional.of("trustpass"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 10);
    }

    @Test
    void dronesAreConfinedToTheirOwnTopicsOverTls() throws Exception {
        require("mosquitto", "mosquitto");
        require("mosquitto_passwd", "mosquitto");
        require("openssl", "openssl");
        require("keytool", "openjdk-17-jdk-headless");
        makeCertificates();
        try (MosquittoProcess broker = MosquittoProcess.start(dir.resolve("broker"), port -> List.of(
                "per_listener_settings false",
                "allow_anonymous false",
                "password_file " + dir.resolve("passwd"),
                "acl_file " + dir.resolve("acl"),
                "listener " + port + " 127.0.0.1",
                "certfile " + dir.resolve("broker.crt"),
                "keyfile " + dir.resolve("broker.key"),
                "cafile " + dir.resolve("ca.crt"),
                "tls_version tlsv1.2"));
             SystemScheduler clock = new SystemScheduler("gs-clock")) {
            int port = broker.port();
            FleetBus gs = new FleetBus(tls(port, "gs-tls", "groundstation", "gs-secret"), clock, 5_000);
            gs.start();

            AgentBus d1 = new AgentBus(tls(port, "agent-d1", "d1", "d1-secret"), "d1", "test",
                    new EventOutbox(dir.resolve("outbox-d1"), "d1"));
            d1.start();
            Broker.await("d1 connected over TLS", Duration.ofSeconds(15), d1::isConnected);

            // d1, logged in as itself, tries to speak for d2: the ACL must drop it.
            try (FleetConnection rogue = new FleetConnection(tls(port, "d1-rogue", "d1", "d1-secret"))) {
                rogue.connect();
                FleetEvent forged = new FleetEvent("d2-1", "d2", 1, System.currentTimeMillis(), EventType.RELEASED,
                        Optional.of("P-stolen"), "forged by d1");
                rogue.publish(FleetTopics.topic("d2", Channel.EVENTS), FleetJson.encode(forged), 1, false);
            }
            d1.event(EventType.TOOK_OFF, Optional.empty(), "airborne", System.currentTimeMillis());
            Broker.await("d1's own event at the ground station", Duration.ofSeconds(15),
                    () -> gs.view("d1").map(v -> !v.events().isEmpty()).orElse(false));

            assertThat(gs.view("d1").orElseThrow().events()).extracting(FleetEvent::type).containsExactly(EventType.TOOK_OFF);
            assertThat(gs.drones()).extracting(DroneView::droneId).doesNotContain("d2");

            assertThatThrownBy(() -> {
                try (FleetConnection intruder = new FleetConnection(tls(port, "intruder", "d2", "wrong"))) {
                    intruder.connect();
                }
            }).isInstanceOf(FleetBusException.class).hasMessageContaining("cannot connect");
            assertThatThrownBy(() -> {
                try (FleetConnection plain = new FleetConnection(MqttSettings.plain("tcp://127.0.0.1:" + port, "plain", true))) {
                    plain.connect();
                }
            }).isInstanceOf(FleetBusException.class);

            d1.close();
            gs.close();
        }
    }
}
