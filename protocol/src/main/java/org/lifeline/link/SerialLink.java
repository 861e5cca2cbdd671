package org.lifeline.link;

import java.io.IOException;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;

/**
 * {@code serial:/dev/ttyUSB0?baud=57600}: a serial port (SiK / RFD900 radio, a flight
 * controller's USB port, a Pi UART) through jssc. When the device goes away it is reopened by
 * path with backoff (see {@link ReconnectingLink}), so a radio pulled out and plugged back in
 * resumes by itself; use a stable path such as {@code /dev/serial/by-id/...} so the device comes
 * back under the same name. Pseudo-terminals (socat) are opened by path like any device.
 */
public final class SerialLink extends ReconnectingLink {

    private SerialLink(LinkUri uri, Scheduler scheduler, LinkOptions options, AutoCloseable owned) {
        super(uri.text(), () -> SerialConnection.open(uri.device(), uri.baud(), uri.text()), scheduler, options, owned);
    }

    /** Opens the port (see {@link LinkOptions#requireFirstConnection()}) with its own reconnect timer. */
    public static SerialLink open(LinkUri uri, LinkOptions options) throws IOException {
        SystemScheduler timer = new SystemScheduler("link-reconnect " + uri.text());
        return open(uri, options, timer, timer);
    }

    static SerialLink open(LinkUri uri, LinkOptions options, Scheduler scheduler, AutoCloseable owned) throws IOException {
        if (uri.scheme() != LinkScheme.SERIAL) {
            throw new IllegalArgumentException("\"" + uri.text() + "\" is not a serial: URI");
        }
        SerialLink link = new SerialLink(uri, scheduler, options, owned);
        link.start();
        return link;
    }
}
