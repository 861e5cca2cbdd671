package org.lifeline.groundstation.planning.route;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/** A polyline in local metres (x east, y north) from start to goal, and its length in metres. */
public record PlanarPath(List<Coordinate> points, double lengthMetres) {

    public PlanarPath {
        points = points.stream().map(Coordinate::copy).toList();
        if (points.size() < 2) {
            throw new IllegalArgumentException("a path needs at least 2 points, got " + points.size());
        }
    }

    static PlanarPath of(List<Coordinate> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i - 1).distance(points.get(i));
        }
        return new PlanarPath(points, length);
    }
}
