package org.lifeline.groundstation.geo;

/**
 * The length of the shortest path between two points on the WGS84 ellipsoid, by Vincenty's
 * inverse method (T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid
 * with application of nested equations", Survey Review 23(176), 1975).
 *
 * <p>Accurate to well under a millimetre. The iteration fails to converge only for nearly
 * antipodal points (over ~19,900 km apart), which this class reports with an exception
 * rather than a wrong number; planning distances are a few tens of kilometres.
 */
public final class Geodesic {

    private static final int MAX_ITERATIONS = 200;

    private Geodesic() {
    }

    /** Geodesic distance in metres between two latitude/longitude pairs in degrees. */
    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        double a = Ellipsoid.A;
        double b = Ellipsoid.B;
        double f = Ellipsoid.F;
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            double sinSigma = Math.sqrt(Math.pow(cosU2 * sinLambda, 2)
                    + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
            if (sinSigma == 0) {
                return 0; // coincident points
            }
            double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            double sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            double cos2Alpha = 1 - sinAlpha * sinAlpha;
            double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha; // equatorial line
            double c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * f * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-13) {
                double uSq = cos2Alpha * (a * a - b * b) / (b * b);
                double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
                double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
                double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                        - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
                return b * bigA * (sigma - deltaSigma);
            }
        }
        throw new IllegalArgumentException("geodesic distance did not converge for nearly antipodal points ("
                + lat1 + ", " + lon1 + ") and (" + lat2 + ", " + lon2 + ")");
    }
}
