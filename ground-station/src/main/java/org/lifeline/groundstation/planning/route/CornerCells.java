package org.lifeline.groundstation.planning.route;

import java.util.Arrays;

/**
 * The graph's corners bucketed in a coarse uniform grid (about {@value #PER_CELL} per cell,
 * in increasing index order), so that whole cells hidden from a corner can be skipped at once
 * ({@link Occlusion#hidesBox}) instead of testing every pair of corners.
 */
final class CornerCells {

    private static final int PER_CELL = 16;

    private final double minX;
    private final double minY;
    private final double size;
    private final int cols;
    private final int[][] members;

    CornerCells(double[] x, double[] y) {
        int n = x.length;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (n == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        double w = Math.max(x1 - x0, 1e-6);
        double h = Math.max(y1 - y0, 1e-6);
        double cellCount = Math.max(1, (double) n / PER_CELL);
        this.size = Math.max(Math.sqrt(w * h / cellCount), Math.max(w, h) / 4096);
        this.minX = x0;
        this.minY = y0;
        this.cols = (int) (w / size) + 1;
        int rows = (int) (h / size) + 1;
        int[] counts = new int[cols * rows];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            int c = Math.min(cols - 1, (int) ((x[i] - x0) / size));
            int r = Math.min(rows - 1, (int) ((y[i] - y0) / size));
            cellOf[i] = r * cols + c;
            counts[cellOf[i]]++;
        }
        members = new int[cols * rows][];
        for (int k = 0; k < members.length; k++) {
            members[k] = new int[counts[k]];
        }
        int[] fill = new int[members.length];
        for (int i = 0; i < n; i++) {
            members[cellOf[i]][fill[cellOf[i]]++] = i;
        }
        for (int[] m : members) {
            Arrays.sort(m);
        }
    }

    int count() {
        return members.length;
    }

    int[] members(int cell) {
        return members[cell];
    }

    double minX(int cell) {
        return minX + (cell % cols) * size;
    }

    double minY(int cell) {
        return minY + (cell / cols) * size;
    }

    double maxX(int cell) {
        return minX(cell) + size;
    }

    double maxY(int cell) {
        return minY(cell) + size;
    }
}
