package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkUriTest {

    static Stream<Arguments> goodUris() {
        return Stream.of(
                // text, canonical form
                Arguments.of("serial:/dev/ttyUSB0?baud=57600", "serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0", "serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyACM0?baud=115200", "serial:/dev/ttyACM0?baud=115200"),
                Arguments.of("serial:///dev/ttyUSB0:57600", "serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:///dev/ttyAMA0:921600", "serial:/dev/ttyAMA0?baud=921600"),
                Arguments.of("serial://COM3:57600", "serial:COM3?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0:115200?baud=115200", "serial:/dev/ttyUSB0?baud=115200"),
                Arguments.of("serial:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0",
                        "serial:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0?baud=57600"),
                Arguments.of("SERIAL:/tmp/ptyA", "serial:/tmp/ptyA?baud=57600"),
                Arguments.of("udp://127.0.0.1:14550", "udp://127.0.0.1:14550"),
                Arguments.of("udp://localhost:14550/", "udp://localhost:14550"),
                Arguments.of("udp://255.255.255.255:14550", "udp://255.255.255.255:14550"),
                Arguments.of("udp://[::1]:14550", "udp://[::1]:14550"),
                Arguments.of("udpin://0.0.0.0:14550", "udpin://0.0.0.0:14550"),
                Arguments.of("udpin://:14550", "udpin://0.0.0.0:14550"),
                Arguments.of("udpin:0.0.0.0:14550", "udpin://0.0.0.0:14550"),
                Arguments.of("udpin://127.0.0.1:0", "udpin://127.0.0.1:0"),
                Arguments.of("tcp://127.0.0.1:5760", "tcp://127.0.0.1:5760"),
                Arguments.of("tcp:sitl.local:5760", "tcp://sitl.local:5760"),
                Arguments.of("tcpin://0.0.0.0:5760", "tcpin://0.0.0.0:5760"),
                Arguments.of(" tcpin://127.0.0.1:65535 ", "tcpin://127.0.0.1:65535"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("goodUris")
    void goodUrisParseToTheirCanonicalForm(String text, String canonical) {
        LinkUri uri = LinkUri.parse(text);
        assertThat(uri.canonical()).isEqualTo(canonical);
        assertThat(uri.text()).isEqualTo(text);
        assertThat(LinkUri.parse(uri.canonical())).isEqualTo(new LinkUri(uri.scheme(), uri.host(), uri.port(),
                uri.device(), uri.baud(), uri.canonical()));
    }

    static Stream<Arguments> badUris() {
        return Stream.of(
                Arguments.of("udp://localhost",
                        "\"udp://localhost\" has no port: expected udp://HOST:PORT, e.g. udp://127.0.0.1:14550"),
                Arguments.of("udp://localhost:",
                        "\"udp://localhost:\" has no port: expected udp://HOST:PORT, e.g. udp://127.0.0.1:14550"),
                Arguments.of("tcp://127.0.0.1:abc",
                        "\"tcp://127.0.0.1:abc\" has an invalid port \"abc\": expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:5760 and PORT 1-65535"),
                Arguments.of("tcp://127.0.0.1:70000",
                        "\"tcp://127.0.0.1:70000\" has an invalid port \"70000\": expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:5760 and PORT 1-65535"),
                Arguments.of("udp://127.0.0.1:0",
                        "\"udp://127.0.0.1:0\" has an invalid port \"0\": expected udp://HOST:PORT, e.g. udp://127.0.0.1:14550 and PORT 1-65535"),
                Arguments.of("tcpin://0.0.0.0:-1",
                        "\"tcpin://0.0.0.0:-1\" has an invalid port \"-1\": expected tcpin://ADDR:PORT, e.g. tcpin://0.0.0.0:5760 and PORT 0-65535"),
                Arguments.of("tcp://:5760",
                        "\"tcp://:5760\" has no host: expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:5760"),
                Arguments.of("udp://::1:14550",
                        "\"udp://::1:14550\" has an IPv6 address without brackets: write it as udp://[ADDR]:PORT, e.g. udp://[::1]:14550"),
                Arguments.of("udp://[::1:14550",
                        "\"udp://[::1:14550\" has an unclosed '[' in its IPv6 address: expected udp://HOST:PORT, e.g. udp://127.0.0.1:14550"),
                Arguments.of("udpin://0.0.0.0:14550/x",
                        "\"udpin://0.0.0.0:14550/x\" has an unexpected \"/x\" after the port: expected udpin://ADDR:PORT, e.g. udpin://0.0.0.0:14550"),
                Arguments.of("http://example.com:80",
                        "\"http://example.com:80\" has an unknown scheme \"http\": expected one of serial:, udp://, udpin://, tcp://, tcpin://"),
                Arguments.of("/dev/ttyUSB0",
                        "\"/dev/ttyUSB0\" has no scheme: expected one of serial:, udp://, udpin://, tcp://, tcpin://, e.g. serial:/dev/ttyUSB0?baud=57600 or udp://127.0.0.1:14550"),
                Arguments.of("",
                        "\"\" is empty: expected a link URI such as serial:/dev/ttyUSB0?baud=57600 or udp://127.0.0.1:14550"),
                Arguments.of("serial:",
                        "\"serial:\" has no device: expected serial:DEVICE?baud=BAUD, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:?baud=57600",
                        "\"serial:?baud=57600\" has no device: expected serial:DEVICE?baud=BAUD, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:///:57600",
                        "\"serial:///:57600\" has no device: expected serial:DEVICE?baud=BAUD, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0?baud=fast",
                        "\"serial:/dev/ttyUSB0?baud=fast\" has an invalid baud rate \"fast\": expected a number such as 57600 or 115200, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0?baud=56000",
                        "\"serial:/dev/ttyUSB0?baud=56000\" has an unsupported baud rate 56000: expected one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000, 3500000, 4000000"),
                Arguments.of("serial:///dev/ttyUSB0:0",
                        "\"serial:///dev/ttyUSB0:0\" has an unsupported baud rate 0: expected one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000, 3500000, 4000000"),
                Arguments.of("serial:/dev/ttyUSB0:",
                        "\"serial:/dev/ttyUSB0:\" has an empty baud rate after ':': expected serial:DEVICE?baud=BAUD, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0:57600?baud=115200",
                        "\"serial:/dev/ttyUSB0:57600?baud=115200\" gives two different baud rates (57600 and 115200): give one, expected serial:DEVICE?baud=BAUD, e.g. serial:/dev/ttyUSB0?baud=57600"),
                Arguments.of("serial:/dev/ttyUSB0?speed=57600",
                        "\"serial:/dev/ttyUSB0?speed=57600\" has an unknown parameter \"speed\": expected only baud, e.g. serial:/dev/ttyUSB0?baud=57600"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("badUris")
    void badUrisAreRejectedWithAMessageThatQuotesThemAndSaysWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> LinkUri.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void nullIsRejectedLikeAnEmptyUri() {
        assertThatThrownBy(() -> LinkUri.parse(null)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("\"\" is empty");
    }

    @Test
    void serialFieldsCarryDeviceAndBaudAndNetworkFieldsAreUnset() {
        LinkUri uri = LinkUri.parse("serial:///dev/ttyUSB1:115200");
        assertThat(uri.scheme()).isEqualTo(LinkScheme.SERIAL);
        assertThat(uri.device()).isEqualTo("/dev/ttyUSB1");
        assertThat(uri.baud()).isEqualTo(115200);
        assertThat(uri.host()).isNull();
        assertThat(uri.port()).isZero();
    }

    @Test
    void networkFieldsCarryHostAndPort() {
        LinkUri uri = LinkUri.parse("tcp://sitl.example.org:5762");
        assertThat(uri.scheme()).isEqualTo(LinkScheme.TCP);
        assertThat(uri.host()).isEqualTo("sitl.example.org");
        assertThat(uri.port()).isEqualTo(5762);
        assertThat(uri.device()).isNull();
    }
}
