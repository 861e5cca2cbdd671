package org.lifeline.simulator.cli;

import org.lifeline.plan.GeoPoint;
import picocli.CommandLine;

/** Parses {@code LAT,LON,ALT} (degrees, degrees, metres above mean sea level) for {@code --home}. */
final class GeoPointConverter implements CommandLine.ITypeConverter<GeoPoint> {

    @Override
    public GeoPoint convert(String value) {
        String[] parts = value.split(",");
        if (parts.length != 3) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not LAT,LON,ALT (e.g. 34.0655,114.4010,48: degrees, degrees, metres AMSL)");
        }
        try {
            return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()), Double.parseDouble(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not LAT,LON,ALT: each part must be a number");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
        }
    }
}
