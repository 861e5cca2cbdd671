package org.lifeline.agent.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal valid {@code agent.properties} in a folder, with its command key beside it. A test
 * changes {@link #props} (put, remove, clear) and then {@link #write()}s the file to load.
 */
final class ValidConfigFile {

    static final String COMMAND_KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    /** The properties the file will hold, in order; valid until a test changes them. */
    final Map<String, String> props = new LinkedHashMap<>();
    private final Path dir;

    ValidConfigFile(Path dir) throws IOException {
        this.dir = dir;
        Files.writeString(dir.resolve("command.key"), COMMAND_KEY_HEX + "\n");
        props.put("drone.id", "d1");
        props.put("fc.uri", "serial:/dev/serial0?baud=921600");
        props.put("broker.uri", "tcp://127.0.0.1:1883");
        props.put("commands.keyFile", "command.key");
        props.put("data.dir", "data");
    }

    /** Writes {@code agent.properties} (a comment line, then one {@code key = value} line per property). */
    Path write() throws IOException {
        StringBuilder text = new StringBuilder("# test configuration\n");
        props.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        return Files.writeString(dir.resolve("agent.properties"), text);
    }
}
