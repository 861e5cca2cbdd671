package org.lifeline.agent.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.lifeline.agent.config.AgentConfig;
import org.lifeline.agent.config.ConfigException;
import org.lifeline.agent.config.ConfigLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline-agent --config /etc/lifeline/agent.properties}: runs the onboard agent until
 * SIGTERM/SIGINT, then shuts down cleanly. A bad configuration prints every problem and exits
 * with 2 before anything is opened; a start failure (journal, broker settings, link) exits with 1.
 */
@Command(name = "lifeline-agent", mixinStandardHelpOptions = true, versionProvider = AgentCommand.Version.class,
        description = "Onboard agent: follows the flight controller, releases parcels under the safety interlocks, reports over MQTT.")
public final class AgentCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AgentCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_CONFIG = 2;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the agent's configuration (properties)")
    Path config;

    @Option(names = "--mock-hardware", negatable = true, description = "use Pi4J's mock GPIO/PWM instead of the Pi's "
            + "(default: from the configuration's 'hardware' key; 'auto' means mock unless this is a Raspberry Pi)")
    Boolean mockHardware;

    @Option(names = "--check", description = "check the configuration and exit")
    boolean checkOnly;

    private final FcConnector connector;

    public AgentCommand(FcConnector connector) {
        this.connector = connector;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AgentCommand(new EndpointConnector())).execute(args));
    }

    @Override
    public Integer call() {
        AgentConfig c;
        try {
            c = ConfigLoader.load(config);
        } catch (ConfigException e) {
            System.err.println("lifeline-agent: the configuration cannot be used:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return BAD_CONFIG;
        }
        if (checkOnly) {
            System.out.println("configuration OK: " + c);
            return OK;
        }
        boolean mock = mockHardware != null ? mockHardware : switch (c.hardware()) {
            case MOCK -> true;
            case PI -> false;
            case AUTO -> !onRaspberryPi();
        };
        CountDownLatch stopped = new CountDownLatch(1);
        AgentRuntime runtime;
        try {
            runtime = AgentRuntime.start(c, mock, connector);
        } catch (Exception e) {
            LOG.error("agent did not start: reason=\"{}\"", e.getMessage());
            System.err.println("lifeline-agent: could not start: " + e.getMessage());
            return FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** The device tree names the board on a Pi ("Raspberry Pi 4 Model B Rev 1.5"). */
    static boolean onRaspberryPi() {
        try {
            Path model = Path.of("/proc/device-tree/model");
            return Files.isReadable(model) && Files.readString(model).contains("Raspberry Pi");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lifeline-agent " + AgentRuntime.VERSION};
        }
    }
}
