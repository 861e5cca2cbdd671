package org.lifeline.groundstation.planning.mission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;

/** The documented sample (docs/examples), so that the example a user copies is the one tested. */
public final class SampleAirspace {

    public static final Path DIR = locate();
    public static final Path AIRSPACE = DIR.resolve("fugou-airspace.geojson");
    public static final Path VEHICLE = DIR.resolve("quad-2kg.vehicle.json");

    private SampleAirspace() {
    }

    private static Path locate() {
        for (Path p : List.of(Path.of("../docs/examples"), Path.of("docs/examples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("docs/examples not found from " + Path.of("").toAbsolutePath());
    }

    public static Airspace read() {
        try {
            Airspace a = AirspaceReader.read(AIRSPACE);
            if (!a.problems().isEmpty()) {
                throw new IllegalStateException("the sample airspace has problems: " + a.problems());
            }
            return a;
        } catch (IOException | AirspaceException e) {
            throw new IllegalStateException("the sample airspace must read cleanly", e);
        }
    }

    /** A router that flies straight from stop to stop; the route checks catch any zone it cuts. */
    public static LegRouter straight() {
        return (from, to) -> List.of(from.position(), to.position());
    }
}
