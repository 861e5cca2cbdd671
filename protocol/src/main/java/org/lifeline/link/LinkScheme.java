package org.lifeline.link;

/**
 * The transports a {@link LinkUri} can name. Each knows its written form and an example, so a
 * rejected URI can tell the user what was expected.
 */
public enum LinkScheme {
    /** A serial port (USB radio, UART) opened with jssc. */
    SERIAL("serial", "serial:DEVICE?baud=BAUD", "serial:/dev/ttyUSB0?baud=57600"),
    /** UDP to a fixed peer from an ephemeral local port; datagrams coming back are read. */
    UDP("udp", "udp://HOST:PORT", "udp://127.0.0.1:14550"),
    /** UDP listening on a local address; replies go to the last peer that sent a datagram. */
    UDPIN("udpin", "udpin://ADDR:PORT", "udpin://0.0.0.0:14550"),
    /** TCP client that reconnects when the connection is lost. */
    TCP("tcp", "tcp://HOST:PORT", "tcp://127.0.0.1:5760"),
    /** TCP server that serves one client at a time. */
    TCPIN("tcpin", "tcpin://ADDR:PORT", "tcpin://0.0.0.0:5760");

    private final String prefix;
    private final String form;
    private final String example;

    LinkScheme(String prefix, String form, String example) {
        this.prefix = prefix;
        this.form = form;
        this.example = example;
    }

    /** The scheme name as written before the colon. */
    public String prefix() {
        return prefix;
    }

    /** The general form, e.g. {@code udp://HOST:PORT}. */
    public String form() {
        return form;
    }

    /** A working example of the form. */
    public String example() {
        return example;
    }

    /** True for schemes that bind a local address and wait for a peer. */
    public boolean listens() {
        return this == UDPIN || this == TCPIN;
    }

    /** "expected FORM, e.g. EXAMPLE", the tail of every parse error for this scheme. */
    String expectation() {
        return "expected " + form + ", e.g. " + example;
    }

    /** The scheme whose prefix is {@code name} (case-insensitive), or null. */
    static LinkScheme byPrefix(String name) {
        for (LinkScheme s : values()) {
            if (s.prefix.equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }
}
