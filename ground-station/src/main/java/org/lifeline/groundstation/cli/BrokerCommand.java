package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.groundstation.broker.EmbeddedBroker;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline broker}: an MQTT broker in this process, for a laptop without Mosquitto. It
 * serves until interrupted (Ctrl-C) or for {@code --seconds}.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run an embedded MQTT broker (the fleet bus) until interrupted.",
                "Listens on the loopback interface unless --host says otherwise; no TLS, no passwords:",
                "for the field use Mosquitto or EMQX as docs/protocol.md describes."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "1883", paramLabel = "PORT",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--seconds", defaultValue = "0", paramLabel = "N",
            description = "Stop after N seconds (default: until interrupted)")
    long seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port: expected 0-65535, got " + port);
            return ExitCodes.BAD_INPUT;
        }
        if (seconds < 0) {
            err.println("error: --seconds: expected 0 or more, got " + seconds);
            return ExitCodes.BAD_INPUT;
        }
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(host, port);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            broker.close();
            stop.countDown();
        }, "broker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("MQTT broker listening on " + broker.uri() + " (embedded; Ctrl-C stops it)");
        out.flush();
        if (seconds > 0) {
            stop.await(seconds, TimeUnit.SECONDS);
        } else {
            stop.await();
        }
        if (stop.getCount() > 0) {
            Runtime.getRuntime().removeShutdownHook(hook);
            broker.close();
        }
        return ExitCodes.OK;
    }
}
