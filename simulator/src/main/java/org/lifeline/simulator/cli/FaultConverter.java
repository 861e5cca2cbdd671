package org.lifeline.simulator.cli;

import org.lifeline.simulator.fault.Fault;
import picocli.CommandLine;

/** Parses {@code --fault NAME[=VALUE]}. */
final class FaultConverter implements CommandLine.ITypeConverter<Fault> {

    @Override
    public Fault convert(String value) {
        try {
            return Fault.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
