package org.lifeline.groundstation.planning.route;

import java.util.Arrays;

/** A binary min-heap of (key, node) pairs with lazy deletion, for A* without boxing. */
final class MinHeap {

    private double[] keys = new double[64];
    private int[] nodes = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(double key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            nodes = Arrays.copyOf(nodes, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }
        keys[i] = key;
        nodes[i] = node;
    }

    /** Removes the minimum and returns its node. */
    int pop() {
        int top = nodes[0];
        size--;
        double key = keys[size];
        int node = nodes[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[i] = keys[child];
            nodes[i] = nodes[child];
            i = child;
        }
        keys[i] = key;
        nodes[i] = node;
        return top;
    }
}
