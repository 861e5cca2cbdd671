package org.lifeline.groundstation.dispatch.request;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * The heaviest parcel any drone of the fleet may carry: the largest {@code maxPayloadKg} among
 * the fleet's vehicle files. A request over it is refused at intake; one within it may still
 * wait for the one drone that can carry it.
 *
 * @param maxGrams    the limit
 * @param vehicleName the vehicle that sets it
 */
public record PayloadLimit(int maxGrams, String vehicleName) {

    public PayloadLimit {
        Objects.requireNonNull(vehicleName, "vehicleName");
        if (maxGrams <= 0) {
            throw new IllegalArgumentException("payload limit " + maxGrams + " g is not positive");
        }
    }

    public static PayloadLimit of(List<VehicleProfile> fleet) {
        VehicleProfile best = fleet.stream().max(Comparator.comparingDouble(VehicleProfile::maxPayloadKg))
                .orElseThrow(() -> new IllegalArgumentException("the fleet has no vehicle file"));
        return new PayloadLimit((int) Math.floor(best.maxPayloadKg() * 1000 + 1e-6), best.name());
    }
}
