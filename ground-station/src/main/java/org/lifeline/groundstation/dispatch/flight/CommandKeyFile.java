package org.lifeline.groundstation.dispatch.flight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

import org.lifeline.fleet.CommandSigner;

/**
 * The command key file, the same one the agents read ({@code commands.keyFile}): hex digits (64
 * for a 32-byte key) on the first non-blank line. Refused with the file's name and what was
 * expected.
 */
public final class CommandKeyFile {

    /** Commands older or newer than this by the agent's clock are refused as stale by it. */
    public static final long MAX_SKEW_MILLIS = 30_000;

    private CommandKeyFile() {
    }

    /**
     * A signer with the key in {@code file}.
     *
     * @throws IllegalArgumentException naming the file and what was expected
     */
    public static CommandSigner signer(Path file) {
        return new CommandSigner(read(file), MAX_SKEW_MILLIS);
    }

    /** The key bytes in {@code file}. */
    public static byte[] read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such command key file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the command key: " + e.getMessage());
        }
        String hex = text.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (!hex.matches("[0-9a-fA-F]+") || hex.length() % 2 != 0) {
            throw new IllegalArgumentException(file + ": line 1: expected the command key as hex digits (64 for a 32-byte key)");
        }
        byte[] key = HexFormat.of().parseHex(hex);
        if (key.length < 16) {
            throw new IllegalArgumentException(file + ": line 1: the command key has " + key.length
                    + " bytes; expected at least 16 (64 hex digits for 32)");
        }
        return key;
    }
}
