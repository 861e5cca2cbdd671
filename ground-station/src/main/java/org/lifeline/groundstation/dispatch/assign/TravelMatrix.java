package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.planning.route.AirspaceRoutePlanner;
import org.lifeline.groundstation.planning.route.Planned;
import org.lifeline.groundstation.planning.route.Route;
import org.lifeline.groundstation.planning.route.RouteOptions;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * Geofenced distances between every launch site and drop point of an airspace: each entry is the
 * length of the shortest path our route planner finds (the exact visibility-graph path that
 * keeps the margin from every zone blocking at the transit altitude), never a straight line. A
 * pair with no legal path is {@link Double#POSITIVE_INFINITY}.
 *
 * <p>The transit altitude and the way zones are lifted for deliveries are those of the
 * mission planner's leg router, so a sortie's planned distance equals the sum of its entries.
 * The matrix is symmetric (a leg's lifted zones do not depend on its direction); computing it
 * costs one planner query per pair, so keep one per airspace ({@link TravelMatrices}).
 */
public final class TravelMatrix {

    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] metres;

    private TravelMatrix(List<String> ids, double[][] metres) {
        this.ids = List.copyOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.metres = metres;
    }

    /** The altitude legs are routed at for a vehicle: as high as it may legally transit. */
    public static double transitAltitude(VehicleProfile vehicle) {
        return Math.max(0, vehicle.maxAltitude() - vehicle.verticalMargin());
    }

    /**
     * Plans every pair of launch sites and drop points of {@code airspace}.
     *
     * @param airspace        the airspace in force for the flights (already windowed to their time)
     * @param marginMetres    horizontal safety margin from zones
     * @param transitAltitude altitude the legs are routed at ({@link #transitAltitude})
     */
    public static TravelMatrix compute(Airspace airspace, double marginMetres, double transitAltitude) {
        return compute(airspace, planner(airspace, marginMetres, transitAltitude));
    }

    /** The route planner a matrix is computed with: the mission planner's leg router's. */
    static AirspaceRoutePlanner planner(Airspace airspace, double marginMetres, double transitAltitude) {
        return new AirspaceRoutePlanner(airspace, new RouteOptions(marginMetres, transitAltitude, null));
    }

    static TravelMatrix compute(Airspace airspace, AirspaceRoutePlanner planner) {
        List<String> ids = new ArrayList<>();
        airspace.launchSites().stream().map(LaunchSite::id).forEach(ids::add);
        airspace.dropPoints().stream().map(DropPoint::id).forEach(ids::add);
        int n = ids.size();
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            m[i][i] = 0;
            for (int j = i + 1; j < n; j++) {
                Planned<Route> leg = planner.tour(List.of(ids.get(i), ids.get(j)));
                if (leg instanceof Planned.Found<Route> found) {
                    m[i][j] = found.value().lengthMetres();
                    m[j][i] = m[i][j];
                }
            }
        }
        return new TravelMatrix(ids, m);
    }

    /** Geofenced metres from a stop {@code planner} knows to each stop of this matrix, in index order. */
    double[] row(AirspaceRoutePlanner planner, String from) {
        double[] row = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            row[i] = metres(planner, from, ids.get(i));
        }
        return row;
    }

    private static double metres(AirspaceRoutePlanner planner, String a, String b) {
        return planner.tour(List.of(a, b)) instanceof Planned.Found<Route> found
                ? found.value().lengthMetres() : Double.POSITIVE_INFINITY;
    }

    /**
     * This matrix with more stops (drop positions given by coordinates): {@code rows} are their
     * distances to this matrix's stops ({@link #row}); the distances among them are planned
     * with {@code planner}, which knows them.
     */
    TravelMatrix extended(List<String> extraIds, List<double[]> rows, AirspaceRoutePlanner planner) {
        int n = ids.size();
        int k = extraIds.size();
        double[][] m = new double[n + k][n + k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(metres[i], 0, m[i], 0, n);
        }
        for (int e = 0; e < k; e++) {
            for (int j = 0; j < n; j++) {
                m[n + e][j] = rows.get(e)[j];
                m[j][n + e] = rows.get(e)[j];
            }
            m[n + e][n + e] = 0;
            for (int f = e + 1; f < k; f++) {
                m[n + e][n + f] = metres(planner, extraIds.get(e), extraIds.get(f));
                m[n + f][n + e] = m[n + e][n + f];
            }
        }
        List<String> all = new ArrayList<>(ids);
        all.addAll(extraIds);
        return new TravelMatrix(all, m);
    }

    public int size() {
        return ids.size();
    }

    public String id(int i) {
        return ids.get(i);
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** Index of a launch site or drop point. */
    public int index(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no launch site or drop point '" + id + "' in the travel matrix");
        }
        return i;
    }

    /** Geofenced distance in metres, infinite when no legal path exists. */
    public double metres(int from, int to) {
        return metres[from][to];
    }

    public double metres(String from, String to) {
        return metres(index(from), index(to));
    }

    /** Length of the tour launch → each drop in order → launch, infinite if a leg has no path. */
    public double tourMetres(String launchId, List<String> dropIds) {
        double total = 0;
        int at = index(launchId);
        for (String d : dropIds) {
            int next = index(d);
            total += metres(at, next);
            at = next;
        }
        return total + metres(at, index(launchId));
    }
}
