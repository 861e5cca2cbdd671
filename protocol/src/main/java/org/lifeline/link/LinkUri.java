package org.lifeline.link;

import java.util.Objects;

/**
 * A parsed link address. Network schemes carry {@code host} and {@code port}; the serial scheme
 * carries {@code device} and {@code baud}. The unused fields are {@code null} / 0. {@code text}
 * is what the user wrote, kept for messages and logs.
 *
 * <p>Accepted forms (see docs/links.md):
 * <pre>
 * serial:/dev/ttyUSB0?baud=57600     serial:///dev/ttyUSB0:57600 (MAVSDK)   serial:/dev/ttyUSB0 (57600)
 * udp://HOST:PORT    udpin://ADDR:PORT    tcp://HOST:PORT    tcpin://ADDR:PORT
 * </pre>
 * The MAVProxy spellings without slashes ({@code udpin:0.0.0.0:14550}) are accepted too.
 * Listening schemes may use port 0 (an ephemeral port, for tests) and an empty address (all
 * interfaces).
 *
 * @param scheme the transport
 * @param host   host name or address literal (network schemes), e.g. {@code 127.0.0.1}
 * @param port   port, 1-65535 (0 allowed when listening)
 * @param device serial device path, e.g. {@code /dev/ttyUSB0} or {@code COM3}
 * @param baud   serial baud rate
 * @param text   the URI as written
 */
public record LinkUri(LinkScheme scheme, String host, int port, String device, int baud, String text) {

    /** SiK and RFD900 radios ship at 57600 baud, so that is what an unqualified serial URI means. */
    public static final int DEFAULT_BAUD = 57600;

    public LinkUri {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException quoting the URI and saying what was expected
     */
    public static LinkUri parse(String text) {
        return LinkUriParser.parse(text);
    }

    /** True for serial ports. */
    public boolean isSerial() {
        return scheme == LinkScheme.SERIAL;
    }

    /** The canonical spelling, e.g. {@code serial:/dev/ttyUSB0?baud=57600} or {@code udp://127.0.0.1:14550}. */
    public String canonical() {
        if (isSerial()) {
            return "serial:" + device + "?baud=" + baud;
        }
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme.prefix() + "://" + h + ":" + port;
    }

    @Override
    public String toString() {
        return text;
    }
}
