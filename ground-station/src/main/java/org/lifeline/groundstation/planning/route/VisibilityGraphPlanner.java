package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * The exact shortest path in the plane that keeps {@code margin} metres from every obstacle
 * and stays {@code margin} metres inside the operating area, all in local metres.
 *
 * <p>Exact with respect to the conservatively buffered polygons (mitred corners, see {@link
 * ConservativeBuffer}): the path is the shortest among all paths clear of them. The expensive
 * part, the {@link VisibilityGraph} between convex obstacle corners, is built once, on the
 * first query or on {@link #prepare()}, and reused; each query connects only its start and
 * goal (to the corners visible from them and tangent there) and runs A* with the straight-line
 * distance as heuristic (admissible and consistent, so the first path to reach the goal is
 * shortest).
 *
 * <pre>{@code
 * Planned<PlanarPath> p = VisibilityGraphPlanner.shortestPath(area, obstacles, 20, from, to);
 * VisibilityGraphPlanner planner = new VisibilityGraphPlanner(area, obstacles, 20); // many queries
 * }</pre>
 *
 * <p>Thread-safe once prepared: queries share the graph read-only.
 */
public final class VisibilityGraphPlanner {

    private final Geometry operatingArea;
    private final List<Obstacle> obstacles;
    private final double margin;
    private volatile VisibilityGraph graph;

    /**
     * @param operatingArea polygon in local metres the route must stay inside
     * @param obstacles     polygons in local metres the route must keep out of
     * @param marginMetres  clearance from obstacles and from the operating area's edge, >= 0
     */
    public VisibilityGraphPlanner(Geometry operatingArea, List<Obstacle> obstacles, double marginMetres) {
        if (operatingArea == null || !(operatingArea instanceof Polygonal) || operatingArea.isEmpty()) {
            throw new IllegalArgumentException("the operating area must be a non-empty polygon");
        }
        if (!operatingArea.isValid()) {
            throw new IllegalArgumentException("the operating area is not a valid polygon");
        }
        if (!(marginMetres >= 0) || Double.isInfinite(marginMetres)) {
            throw new IllegalArgumentException("margin " + marginMetres + " m is not a finite non-negative number");
        }
        for (Obstacle o : obstacles) {
            if (!o.area().isValid()) {
                throw new IllegalArgumentException("obstacle \"" + o.id() + "\" is not a valid polygon");
            }
        }
        this.operatingArea = operatingArea;
        this.obstacles = List.copyOf(obstacles);
        this.margin = marginMetres;
    }

    /** One-off query; builds the graph for this one path. */
    public static Planned<PlanarPath> shortestPath(Geometry operatingArea, List<Obstacle> obstacles, double marginMetres,
                                                   Coordinate from, Coordinate to) {
        return new VisibilityGraphPlanner(operatingArea, obstacles, marginMetres).shortestPath(from, to);
    }

    /** Builds the free space and visibility graph now (otherwise the first query does). */
    public void prepare() {
        graph();
    }

    private VisibilityGraph graph() {
        VisibilityGraph g = graph;
        if (g == null) {
            synchronized (this) {
                g = graph;
                if (g == null) {
                    g = new VisibilityGraph(new FreeSpace(operatingArea, obstacles, margin));
                    graph = g;
                }
            }
        }
        return g;
    }

    /** The area a route may use (local metres), e.g. to draw it or to test against. */
    public Geometry freeSpace() {
        return graph().space.free;
    }

    public int cornerCount() {
        return graph().nodeCount();
    }

    public int edgeCount() {
        return graph().edgeCount();
    }

    public double marginMetres() {
        return margin;
    }

    /** The shortest path through stops in the given order (e.g. launch, drop 1, drop 2, launch). */
    public Planned<PlanarPath> shortestTour(List<Coordinate> stops) {
        if (stops.size() < 2) {
            throw new IllegalArgumentException("a tour needs at least 2 stops, got " + stops.size());
        }
        List<Coordinate> points = new ArrayList<>();
        points.add(stops.get(0));
        for (int i = 1; i < stops.size(); i++) {
            Planned<PlanarPath> leg = shortestPath(stops.get(i - 1), stops.get(i));
            if (leg instanceof Planned.Blocked<PlanarPath> b) {
                return Planned.blocked("leg " + i + " (stop " + (i - 1) + " to stop " + i + "): " + b.blockage().reason(),
                        b.blockage().zoneIds());
            }
            List<Coordinate> legPoints = ((Planned.Found<PlanarPath>) leg).value().points();
            points.addAll(legPoints.subList(1, legPoints.size()));
        }
        return Planned.found(PlanarPath.of(points));
    }

    /** The shortest clear path from {@code from} to {@code to}, or why there is none. */
    public Planned<PlanarPath> shortestPath(Coordinate from, Coordinate to) {
        VisibilityGraph g = graph();
        FreeSpace space = g.space;
        Planned<PlanarPath> outside = checkEndpoint(space, "start", from);
        if (outside == null) {
            outside = checkEndpoint(space, "goal", to);
        }
        if (outside != null) {
            return outside;
        }
        int cs = space.componentOf(from);
        int cg = space.componentOf(to);
        if (cs != cg) {
            return separated(space, cs, cg);
        }
        if (space.grid.isClear(from, to)) {
            return Planned.found(PlanarPath.of(List.of(from, to)));
        }
        List<Coordinate> path = aStar(g, from, to);
        if (path == null) {
            return Planned.blocked("no path found between start and goal although both lie in the same free region;"
                    + " this is a planner defect, please report the airspace", List.of());
        }
        return Planned.found(PlanarPath.of(path));
    }

    /**
     * A* from {@code from} to {@code to}. The edges from the start and to the goal are not
     * tested for visibility up front (that would cost a ray per corner): they enter the queue
     * with their straight-line cost and are tested only when popped ("lazy" edges, as in Lazy
     * Weighted A*). A popped edge that is blocked is dropped; one that is clear is exactly as
     * long as its key assumed, so the order of expansion, and optimality, are unchanged.
     */
    private List<Coordinate> aStar(VisibilityGraph g, Coordinate from, Coordinate to) {
        FreeSpace s = g.space;
        int n = g.nodeCount();
        int start = n;
        int goal = n + 1;
        double[] best = new double[n + 2];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        int[] parent = new int[n + 2];
        boolean[] closed = new boolean[n + 2];
        Entries entries = new Entries();
        MinHeap open = new MinHeap();
        Occlusion fromStart = s.occlusion().from(from.x, from.y);
        Occlusion fromGoal = s.occlusion().from(to.x, to.y);
        for (int v = 0; v < n; v++) {
            if (s.isTangent(v, from.x, from.y) && !fromStart.hides(s.x[v], s.y[v])) {
                double d = Math.hypot(s.x[v] - from.x, s.y[v] - from.y);
                open.push(d + Math.hypot(to.x - s.x[v], to.y - s.y[v]), entries.add(v, start, d, true));
            }
        }
        closed[start] = true;
        Coordinate a = new Coordinate();
        Coordinate b = new Coordinate();
        while (!open.isEmpty()) {
            int e = open.pop();
            int v = entries.node[e];
            if (closed[v]) {
                continue;
            }
            int via = entries.parent[e];
            if (entries.lazy[e]) {
                set(a, s, via, from, to, start, goal);
                set(b, s, v, from, to, start, goal);
                if (!s.grid.isClear(a, b)) {
                    continue;
                }
            }
            closed[v] = true;
            parent[v] = via;
            double cost = entries.cost[e];
            if (v == goal) {
                return unwind(s, parent, from, to, start, goal);
            }
            if (s.isTangent(v, to.x, to.y) && !fromGoal.hides(s.x[v], s.y[v])) {
                double d = cost + Math.hypot(to.x - s.x[v], to.y - s.y[v]);
                open.push(d, entries.add(goal, v, d, true));
            }
            int[] adj = g.adjacency[v];
            double[] w = g.weights[v];
            for (int k = 0; k < adj.length; k++) {
                int u = adj[k];
                double d = cost + w[k];
                if (!closed[u] && d < best[u]) {
                    best[u] = d;
                    open.push(d + Math.hypot(to.x - s.x[u], to.y - s.y[u]), entries.add(u, v, d, false));
                }
            }
        }
        return null;
    }

    private static void set(Coordinate c, FreeSpace s, int node, Coordinate from, Coordinate to, int start, int goal) {
        Coordinate p = node == start ? from : node == goal ? to : null;
        c.x = p == null ? s.x[node] : p.x;
        c.y = p == null ? s.y[node] : p.y;
    }

    /** Queue entries: the node reached, from which node, at what cost, and whether the edge is still untested. */
    private static final class Entries {
        int[] node = new int[256];
        int[] parent = new int[256];
        double[] cost = new double[256];
        boolean[] lazy = new boolean[256];
        int size;

        int add(int n, int p, double c, boolean l) {
            if (size == node.length) {
                node = Arrays.copyOf(node, 2 * size);
                parent = Arrays.copyOf(parent, 2 * size);
                cost = Arrays.copyOf(cost, 2 * size);
                lazy = Arrays.copyOf(lazy, 2 * size);
            }
            node[size] = n;
            parent[size] = p;
            cost[size] = c;
            lazy[size] = l;
            return size++;
        }
    }

    private static List<Coordinate> unwind(FreeSpace s, int[] parent, Coordinate from, Coordinate to, int start, int goal) {
        List<Coordinate> path = new ArrayList<>();
        path.add(to.copy());
        for (int v = parent[goal]; v != start; v = parent[v]) {
            path.add(new Coordinate(s.x[v], s.y[v]));
        }
        path.add(from.copy());
        Collections.reverse(path);
        return path;
    }

    private Planned<PlanarPath> checkEndpoint(FreeSpace space, String which, Coordinate p) {
        if (space.contains(p)) {
            return null;
        }
        Blockage.End end = which.equals("start") ? Blockage.End.START : Blockage.End.GOAL;
        List<String> zones = space.obstaclesCovering(p);
        String margin = String.format(Locale.ROOT, "%.0f m", this.margin);
        if (!zones.isEmpty()) {
            return Planned.blocked(new Blockage(which + " lies inside " + zoneList(zones) + " or within the " + margin
                    + " margin around it", zones, end, Blockage.Cause.IN_ZONE, false));
        }
        return Planned.blocked(new Blockage(which + " lies outside the operating area or within " + margin + " of its edge",
                List.of(), end, Blockage.Cause.OUTSIDE_AREA, true));
    }

    private static Planned<PlanarPath> separated(FreeSpace space, int cs, int cg) {
        boolean goalEnclosed = space.component(cg).getArea() <= space.component(cs).getArea();
        int enclosed = goalEnclosed ? cg : cs;
        List<String> zones = space.obstaclesBounding(enclosed);
        boolean edge = zones.isEmpty() || space.boundedByOperatingArea(enclosed);
        String by = zones.isEmpty() ? "the operating area's edge" : zoneList(zones) + (edge ? " and the operating area's edge" : "");
        return Planned.blocked(new Blockage((goalEnclosed ? "goal" : "start") + " is enclosed by " + by, zones,
                goalEnclosed ? Blockage.End.GOAL : Blockage.End.START, Blockage.Cause.ENCLOSED, edge));
    }

    /** {@code zone "a"}, {@code zones "a" and "b"}, {@code zones "a", "b" and "c"}. */
    static String zoneList(List<String> ids) {
        List<String> quoted = ids.stream().map(id -> "\"" + id + "\"").toList();
        if (quoted.size() == 1) {
            return "zone " + quoted.get(0);
        }
        return "zones " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
