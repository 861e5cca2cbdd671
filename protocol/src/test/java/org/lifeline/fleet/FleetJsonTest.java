package org.lifeline.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FleetJsonTest {

    private static byte[] json(String s) {
        return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyPayloadSurvivesARoundTrip() throws FleetMessageException {
        Telemetry t = new Telemetry("d1", 1_700_000_000_123L, 34.0655, 114.401, 12.5, 68.0, 0.4, 271.0, 76.0, 15.8, 3, 14, "AUTO", true, 7);
        assertThat(FleetJson.telemetry(FleetJson.encode(t))).isEqualTo(t);
        FleetEvent e = new FleetEvent("d1-42", "d1", 42, 1_700_000_000_500L, EventType.RELEASED, Optional.of("P-9"), "released over drop point");
        assertThat(FleetJson.event(FleetJson.encode(e))).isEqualTo(e);
        DroneStatus s = new DroneStatus("d1", DroneStatus.State.OFFLINE, 0, "0.1.0");
        assertThat(FleetJson.status(FleetJson.encode(s))).isEqualTo(s);
        Command c = new Command("c-1", "d1", 5L, CommandType.RELEASE, Map.of("parcelId", "P-9"), "ab12");
        assertThat(FleetJson.command(FleetJson.encode(c))).isEqualTo(c);
        CommandAck a = new CommandAck("c-1", "d1", 6L, CommandAck.Result.REJECTED, "ARMED (vehicle is disarmed)");
        assertThat(FleetJson.ack(FleetJson.encode(a))).isEqualTo(a);
    }

    @Test
    void unknownFieldsAreIgnored() throws FleetMessageException {
        FleetEvent e = FleetJson.event(json("{'schema':1,'eventId':'x','droneId':'d1','seq':1,'time':2,'type':'landed','parcelId':null,'future':{'a':1}}"));
        assertThat(e.type()).isEqualTo(EventType.LANDED);
        assertThat(e.message()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not json | {oops | event: not valid JSON",
            "no schema | {'eventId':'x'} | event: field \"schema\": expected the integer 1, got nothing",
            "future schema | {'schema':2} | event: schema 2 is not supported: expected 1",
            "missing id | {'schema':1,'droneId':'d1','seq':1,'time':2,'type':'landed'} | event: field \"eventId\": expected a non-empty string, got nothing",
            "bad type | {'schema':1,'eventId':'x','droneId':'d1','seq':1,'time':2,'type':'exploded'} | event: field \"type\": expected one of armed | disarmed",
            "bad drone | {'schema':1,'eventId':'x','droneId':'d/1','seq':1,'time':2,'type':'landed'} | drone id \"d/1\": expected 1 to 64 characters",
            "seq as text | {'schema':1,'eventId':'x','droneId':'d1','seq':'1','time':2,'type':'landed'} | event: field \"seq\": expected an integer, got \"1\"",
    })
    void malformedEventsAreRejectedWithTheFieldNamed(String name, String payload, String expected) {
        assertThatThrownBy(() -> FleetJson.event(json(payload)))
                .isInstanceOf(FleetMessageException.class)
                .hasMessageContaining(expected.replace('\'', '"'));
    }

    @Test
    void telemetryWithLatitudeOutOfRangeIsRejected() {
        Telemetry t = new Telemetry("d1", 1, 34, 114, 0, 0, 0, 0, 50, 15, 3, 10, "AUTO", true, 1);
        String s = new String(FleetJson.encode(t), StandardCharsets.UTF_8).replace("\"lat\":34.0", "\"lat\":134.0");
        assertThatThrownBy(() -> FleetJson.telemetry(s.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("telemetry: field \"lat\": expected a number from -90.0 to 90.0, got 134.0");
    }

    @Test
    void topicsParseBackToDroneAndChannel() {
        assertThat(FleetTopics.topic("d-7", Channel.EVENTS)).isEqualTo("lifeline/v1/drones/d-7/events");
        assertThat(FleetTopics.parse("lifeline/v1/drones/d-7/status")).contains(new FleetTopics.Address("d-7", Channel.STATUS));
        assertThat(FleetTopics.parse("lifeline/v1/drones/d-7/status/extra")).isEmpty();
        assertThat(FleetTopics.parse("lifeline/v2/drones/d-7/status")).isEmpty();
        assertThat(FleetTopics.allDrones(Channel.TELEMETRY)).isEqualTo("lifeline/v1/drones/+/telemetry");
        assertThatThrownBy(() -> FleetTopics.topic("a+b", Channel.ACKS)).hasMessageContaining("drone id \"a+b\"");
    }
}
