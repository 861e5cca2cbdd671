package org.lifeline.groundstation.planning.vehicle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Vehicle profiles for tests, read through the real reader. */
public final class TestVehicles {

    private TestVehicles() {
    }

    /** The test quad: 10 m/s, climb 2 m/s, descent 1 m/s, hover 720 W, climb 900 W, level 360 W, 400 Wh, 25 %. */
    public static VehicleProfile quad() {
        try (InputStream in = TestVehicles.class.getResourceAsStream("/planning/quad.vehicle.json")) {
            return VehicleFileReader.parse("quad.vehicle.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (VehicleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String quadJson() {
        try (InputStream in = TestVehicles.class.getResourceAsStream("/planning/quad.vehicle.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
