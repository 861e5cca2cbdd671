package org.lifeline.agent.config;

import java.util.List;

/** A configuration that cannot be used; the message lists every problem, one per line. */
public final class ConfigException extends Exception {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
