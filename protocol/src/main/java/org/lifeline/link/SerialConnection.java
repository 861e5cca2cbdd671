package org.lifeline.link;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open jssc serial port as a {@link Connection}; the only class that touches jssc.
 *
 * <p>Why it polls: jssc's blocking {@code readBytes(n)} sits in {@code select()} with no timeout,
 * so closing the port does not wake it, and when the device goes away (USB radio unplugged,
 * socat pty closed) it spins on {@code EIO} at full CPU without ever returning. So reads only
 * ever ask for bytes that {@code getInputBufferBytesCount()} says are there, and wait between
 * empty polls. That query fails with {@code EIO} once the device is gone, which is how a loss
 * is noticed. While bytes flow the wait is {@link #ACTIVE_POLL_NANOS}: at 57600 baud
 * (5.8 bytes/ms) that adds at most 2 ms of latency and reads ~12 bytes per wake-up. After
 * {@link #IDLE_AFTER_POLLS} empty polls (100 ms of silence) it relaxes to
 * {@link #IDLE_POLL_NANOS}: a quiet port then costs 0.9% of one core instead of 1.7% (measured
 * on a socat pty), and the kernel's 4 KB buffer easily holds the ~58 bytes that can arrive
 * during one idle wait.
 *
 * <p>Native calls and {@code closePort} are kept apart by a read-write lock so the port is
 * never closed (and its descriptor reused) under a call in flight.
 */
final class SerialConnection implements Connection {

    /** Pause between empty polls while bytes have been arriving. */
    static final long ACTIVE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** Pause between empty polls once the port has been quiet for a while. */
    static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** Empty polls at the active rate before relaxing to the idle rate. */
    static final int IDLE_AFTER_POLLS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SerialConnection.class);
    private static final String NATIVE_PREFIX = "Native exception occurred: ";

    private final SerialPort port;
    private final String uri;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object writeOrder = new Object();
    private volatile boolean closed;
    private int emptyPolls;

    private SerialConnection(SerialPort port, String uri) {
        this.port = port;
        this.uri = uri;
    }

    /** Opens {@code device} at {@code baud}, 8N1, no flow control (what SiK radios and autopilots expect). */
    static SerialConnection open(String device, int baud, String uri) throws IOException {
        SerialPort port = new SerialPort(device);
        try {
            port.openPort();
        } catch (SerialPortException e) {
            throw new IOException("cannot open " + uri + ": " + explain(e), e);
        }
        try {
            if (!port.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE)) {
                // jssc sets the line settings, then the RTS/DTR lines; on a pseudo-terminal (socat)
                // the latter ioctl fails although the baud rate was applied.
                LOG.warn("{}: setParams reported failure (normal on a pseudo-terminal, where RTS/DTR cannot be set); continuing", uri);
            }
        } catch (SerialPortException e) {
            closeQuietly(port);
            throw new IOException("cannot configure " + uri + ": " + explain(e), e);
        }
        return new SerialConnection(port, uri);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        while (!closed) {
            lock.readLock().lock();
            try {
                if (closed) {
                    break;
                }
                int available = port.getInputBufferBytesCount();
                if (available < 0) {
                    throw new IOException("device stopped answering");
                }
                if (available > 0) {
                    emptyPolls = 0;
                    byte[] bytes = port.readBytes(Math.min(available, buffer.length));
                    System.arraycopy(bytes, 0, buffer, 0, bytes.length);
                    return bytes.length;
                }
            } catch (SerialPortException e) {
                throw new IOException("device lost: " + explain(e), e);
            } finally {
                lock.readLock().unlock();
            }
            if (Thread.currentThread().isInterrupted()) {
                // parkNanos returns at once while the flag is set: without this the loop would spin
                throw new InterruptedIOException("interrupted while reading " + uri);
            }
            if (emptyPolls < IDLE_AFTER_POLLS) {
                emptyPolls++;
            }
            LockSupport.parkNanos(emptyPolls < IDLE_AFTER_POLLS ? ACTIVE_POLL_NANOS : IDLE_POLL_NANOS);
        }
        return -1;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        byte[] bytes = offset == 0 && length == data.length ? data : Arrays.copyOfRange(data, offset, offset + length);
        synchronized (writeOrder) {
            lock.readLock().lock();
            try {
                if (closed) {
                    throw new IOException("port closed");
                }
                if (!port.writeBytes(bytes)) {
                    throw new IOException("device accepted only part of a write");
                }
            } catch (SerialPortException e) {
                throw new IOException("device lost: " + explain(e), e);
            } finally {
                lock.readLock().unlock();
            }
        }
    }

    @Override
    public String endOfStreamReason() {
        return "port closed";
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lock.writeLock().lock();
        try {
            closeQuietly(port);
        } finally {
            lock.writeLock().unlock();
        }
        LOG.debug("{}: port closed", uri);
    }

    private static void closeQuietly(SerialPort port) {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException e) {
            // A vanished device can refuse to close; its descriptor is released either way.
            LOG.debug("closing {}: {}", port.getPortName(), e.getMessage());
        }
    }

    /** jssc's exception text is a technical triple; say what it means and what to try. */
    static String explain(SerialPortException e) {
        String type = e.getExceptionType();
        if (SerialPortException.TYPE_PORT_NOT_FOUND.equals(type)) {
            return "no such device (is the radio plugged in? list ports with ls /dev/serial/by-id)";
        }
        if (SerialPortException.TYPE_PERMISSION_DENIED.equals(type)) {
            return "permission denied (add your user to the dialout group and log in again)";
        }
        if (SerialPortException.TYPE_PORT_BUSY.equals(type)) {
            return "port busy (another program such as a ground station, MAVProxy or ModemManager has it open)";
        }
        if (SerialPortException.TYPE_INCORRECT_SERIAL_PORT.equals(type)) {
            return "not a serial port";
        }
        if (type == null) {
            return String.valueOf(e.getMessage());
        }
        // jssc wraps errno text as "Native exception occurred: Input/output error"
        return type.startsWith(NATIVE_PREFIX) ? type.substring(NATIVE_PREFIX.length()) : type;
    }
}
