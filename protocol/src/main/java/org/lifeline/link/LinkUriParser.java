package org.lifeline.link;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns the text a user typed into a {@link LinkUri}, or an {@link IllegalArgumentException}
 * whose message quotes the text, names what is wrong and shows the expected form with an
 * example. Parsing is strict so that a typo fails here, at the command line, and not as a
 * silent link that never carries a byte.
 */
final class LinkUriParser {

    /**
     * The rates the Linux termios layer (and so jssc) can set. Anything else would make
     * {@code setParams} fail, which we cannot tell apart from the harmless failure on a
     * pseudo-terminal, so it is rejected here instead.
     */
    static final int[] BAUD_RATES = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400,
        460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000,
        3500000, 4000000};

    private LinkUriParser() {
    }

    static LinkUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("\"" + (text == null ? "" : text) + "\" is empty: expected a link URI such as "
                    + LinkScheme.SERIAL.example() + " or " + LinkScheme.UDP.example());
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0 || !t.substring(0, colon).chars().allMatch(Character::isLetter)) {
            throw bad(text, "has no scheme: expected one of " + schemeList() + ", e.g. "
                    + LinkScheme.SERIAL.example() + " or " + LinkScheme.UDP.example());
        }
        String name = t.substring(0, colon);
        LinkScheme scheme = LinkScheme.byPrefix(name);
        if (scheme == null) {
            throw bad(text, "has an unknown scheme \"" + name + "\": expected one of " + schemeList());
        }
        String rest = t.substring(colon + 1);
        return scheme == LinkScheme.SERIAL ? serial(text, rest) : network(text, scheme, rest);
    }

    private static LinkUri serial(String text, String rest) {
        LinkScheme s = LinkScheme.SERIAL;
        // MAVSDK writes serial:///dev/ttyUSB0:57600 and serial://COM3:57600; the two slashes
        // are the empty authority, not part of the path.
        String body = rest.startsWith("//") ? rest.substring(2) : rest;
        Integer queryBaud = null;
        int q = body.indexOf('?');
        if (q >= 0) {
            queryBaud = serialQuery(text, body.substring(q + 1));
            body = body.substring(0, q);
        }
        Integer suffixBaud = null;
        int last = body.lastIndexOf(':');
        if (last >= 0 && last < body.length() - 1 && body.substring(last + 1).chars().allMatch(Character::isDigit)) {
            suffixBaud = baud(text, body.substring(last + 1));
            body = body.substring(0, last);
        } else if (last == body.length() - 1 && last >= 0) {
            throw bad(text, "has an empty baud rate after ':': " + s.expectation());
        }
        if (body.isEmpty() || body.equals("/")) {
            throw bad(text, "has no device: " + s.expectation());
        }
        if (queryBaud != null && suffixBaud != null && !queryBaud.equals(suffixBaud)) {
            throw bad(text, "gives two different baud rates (" + suffixBaud + " and " + queryBaud
                    + "): give one, " + s.expectation());
        }
        int baud = queryBaud != null ? queryBaud : suffixBaud != null ? suffixBaud : LinkUri.DEFAULT_BAUD;
        return new LinkUri(s, null, 0, body, baud, text);
    }

    private static Integer serialQuery(String text, String query) {
        Integer baud = null;
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            if (!key.equals("baud")) {
                throw bad(text, "has an unknown parameter \"" + key + "\": expected only baud, e.g. "
                        + LinkScheme.SERIAL.example());
            }
            baud = baud(text, eq < 0 ? "" : param.substring(eq + 1));
        }
        return baud;
    }

    private static int baud(String text, String value) {
        int baud;
        try {
            baud = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(text, "has an invalid baud rate \"" + value + "\": expected a number such as 57600 or 115200, e.g. "
                    + LinkScheme.SERIAL.example());
        }
        if (Arrays.stream(BAUD_RATES).noneMatch(b -> b == baud)) {
            throw bad(text, "has an unsupported baud rate " + baud + ": expected one of "
                    + Arrays.stream(BAUD_RATES).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
        }
        return baud;
    }

    private static LinkUri network(String text, LinkScheme s, String rest) {
        // MAVProxy writes udpin:0.0.0.0:14550; the URI form has two slashes.
        String authority = rest.startsWith("//") ? rest.substring(2) : rest;
        int end = indexOfAny(authority, "/?#");
        if (end >= 0) {
            String extra = authority.substring(end);
            if (!extra.equals("/")) {
                throw bad(text, "has an unexpected \"" + extra + "\" after the port: " + s.expectation());
            }
            authority = authority.substring(0, end);
        }
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(text, "has an unclosed '[' in its IPv6 address: " + s.expectation());
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.startsWith(":")) {
                throw noPort(text, s);
            }
            portText = after.substring(1);
        } else {
            int c = authority.lastIndexOf(':');
            if (c < 0) {
                throw noPort(text, s);
            }
            host = authority.substring(0, c);
            portText = authority.substring(c + 1);
            if (host.indexOf(':') >= 0) {
                throw bad(text, "has an IPv6 address without brackets: write it as " + s.prefix() + "://[ADDR]:PORT, e.g. "
                        + s.prefix() + "://[::1]:" + s.example().substring(s.example().lastIndexOf(':') + 1));
            }
        }
        if (portText.isEmpty()) {
            throw noPort(text, s);
        }
        int port = port(text, s, portText);
        if (host.isEmpty()) {
            if (!s.listens()) {
                throw bad(text, "has no host: " + s.expectation());
            }
            host = "0.0.0.0";
        }
        return new LinkUri(s, host, port, null, 0, text);
    }

    private static int port(String text, LinkScheme s, String portText) {
        int min = s.listens() ? 0 : 1;
        int port;
        try {
            port = portText.chars().allMatch(Character::isDigit) ? Integer.parseInt(portText) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < min || port > 65535) {
            throw bad(text, "has an invalid port \"" + portText + "\": " + s.expectation() + " and PORT " + min + "-65535");
        }
        return port;
    }

    private static IllegalArgumentException noPort(String text, LinkScheme s) {
        return bad(text, "has no port: " + s.expectation());
    }

    private static IllegalArgumentException bad(String text, String what) {
        return new IllegalArgumentException("\"" + text + "\" " + what);
    }

    private static String schemeList() {
        return Arrays.stream(LinkScheme.values()).map(s -> s == LinkScheme.SERIAL ? "serial:" : s.prefix() + "://")
                .collect(Collectors.joining(", "));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
