package org.lifeline.plan;

/**
 * A WGS84 position: latitude and longitude in degrees, altitude in metres (its reference —
 * relative to home, or above mean sea level — is given by where it is used).
 */
public record GeoPoint(double latitude, double longitude, double altitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is not within -90..90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is not within -180..180 degrees");
        }
        if (Double.isNaN(altitude) || Double.isInfinite(altitude)) {
            throw new IllegalArgumentException("altitude " + altitude + " is not a finite number of metres");
        }
    }

    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude, 0);
    }
}
