package org.lifeline.link;

import java.io.IOException;

/**
 * Opens a {@link Link} from a URI; the one entry point callers need.
 *
 * <pre>
 *   Link link = Links.open("serial:/dev/ttyUSB0?baud=57600");
 *   byte[] buf = new byte[4096];
 *   for (int n; (n = link.read(buf)) != -1; ) { ... }   // one reader thread
 *   link.write(frame, 0, frame.length);                 // any thread, whole frames
 * </pre>
 */
public final class Links {

    private Links() {
    }

    /**
     * Parses {@code uri} and opens it with {@link LinkOptions#DEFAULTS}.
     *
     * @throws IllegalArgumentException the URI is malformed (message quotes it and says what was expected)
     * @throws IOException              the device, port or peer cannot be opened (message names the URI and the cause)
     */
    public static Link open(String uri) throws IOException {
        return open(LinkUri.parse(uri), LinkOptions.DEFAULTS);
    }

    /** Parses {@code uri} and opens it with {@code options}; exceptions as for {@link #open(String)}. */
    public static Link open(String uri, LinkOptions options) throws IOException {
        return open(LinkUri.parse(uri), options);
    }

    /** Opens a parsed URI; {@code options} apply to the reconnecting links (serial, tcp). */
    public static Link open(LinkUri uri, LinkOptions options) throws IOException {
        return switch (uri.scheme()) {
            case SERIAL -> SerialLink.open(uri, options);
            case UDP -> UdpLink.open(uri);
            case UDPIN -> UdpInLink.open(uri);
            case TCP -> TcpClientLink.open(uri, options);
            case TCPIN -> TcpServerLink.open(uri);
        };
    }
}
