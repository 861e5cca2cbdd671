package org.lifeline.groundstation.planning.route;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Buffers that contain the true (round) buffer, so that a path clear of them is clear of the
 * true buffer by at least the margin.
 *
 * <p>A round buffer approximated by chords cuts inside the circle by {@code r(1 - cos θ/2)};
 * a mitred buffer instead places each corner where the offset edges meet, outside the circle.
 * Very sharp corners (interior angle under 60°, mitre ratio over {@value #MITRE_LIMIT}) are
 * bevelled by JTS with a segment perpendicular to the bisector at {@code limit · r} from the
 * vertex, still outside the circle. JTS's buffer input simplification only fills shallow
 * concavities, which can only grow the result. Shrinking an area uses the same joins on the
 * inside, so its reflex corners are cut back at least as far as the true erosion.
 * The price is a slightly longer route around sharp corners; {@code
 * VisibilityGraphPlannerTest} checks the clearance on random polygons.
 */
final class ConservativeBuffer {

    static final double MITRE_LIMIT = 2.0;
    /**
     * JTS snaps offset vertices at inside turns and skips joins between offset segments closer
     * than 0.1% of the distance; the buffer distance is raised by twice that so those
     * shortcuts cannot bring the result inside the true buffer (seen in property tests as
     * clearances short by 1e-4 of the margin without it).
     */
    static final double DISTANCE_FACTOR = 1.002;

    private ConservativeBuffer() {
    }

    static Geometry grow(Geometry g, double margin) {
        return margin == 0 ? g.copy() : BufferOp.bufferOp(g, margin * DISTANCE_FACTOR, parameters());
    }

    static Geometry shrink(Geometry g, double margin) {
        return margin == 0 ? g.copy() : BufferOp.bufferOp(g, -margin * DISTANCE_FACTOR, parameters());
    }

    private static BufferParameters parameters() {
        BufferParameters p = new BufferParameters();
        p.setJoinStyle(BufferParameters.JOIN_MITRE);
        p.setMitreLimit(MITRE_LIMIT);
        return p;
    }
}
