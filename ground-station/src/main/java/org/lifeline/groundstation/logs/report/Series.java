package org.lifeline.groundstation.logs.report;

import java.util.Arrays;

/**
 * A time series of several channels in bounded memory: when {@code capacity} samples are held,
 * every other one is dropped and from then on only every second sample is kept (and so on), so a
 * log of any length keeps between capacity/2 and capacity evenly spaced samples. Statistics that
 * must see every sample are computed while reading, not from here.
 */
public final class Series {

    private final int channels;
    private final int capacity;
    private long[] times;
    private double[][] values;
    private int size;
    private int stride = 1;
    private long offered;

    public Series(int channels, int capacity) {
        this.channels = channels;
        this.capacity = capacity;
        this.times = new long[Math.min(capacity, 1024)];
        this.values = new double[channels][times.length];
    }

    /** Offers one sample (µs since the Unix epoch, one value per channel). */
    public void add(long micros, double... v) {
        if (offered++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            for (int i = 0; i < size / 2; i++) {
                times[i] = times[2 * i];
                for (int c = 0; c < channels; c++) {
                    values[c][i] = values[c][2 * i];
                }
            }
            size /= 2;
            stride *= 2;
            if ((offered - 1) % stride != 0) {
                return;
            }
        }
        if (size == times.length) {
            int grown = Math.min(capacity, times.length * 2);
            times = Arrays.copyOf(times, grown);
            for (int c = 0; c < channels; c++) {
                values[c] = Arrays.copyOf(values[c], grown);
            }
        }
        times[size] = micros;
        for (int c = 0; c < channels; c++) {
            values[c][size] = v[c];
        }
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[i];
    }

    public double value(int channel, int i) {
        return values[channel][i];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Linear interpolation of a channel at {@code micros} (clamped to the ends), NaN when empty. */
    public double at(int channel, long micros) {
        if (size == 0) {
            return Double.NaN;
        }
        int i = Arrays.binarySearch(times, 0, size, micros);
        if (i >= 0) {
            return values[channel][i];
        }
        int after = -i - 1;
        if (after == 0) {
            return values[channel][0];
        }
        if (after == size) {
            return values[channel][size - 1];
        }
        long t0 = times[after - 1];
        long t1 = times[after];
        double f = t1 == t0 ? 0 : (double) (micros - t0) / (t1 - t0);
        return values[channel][after - 1] + f * (values[channel][after] - values[channel][after - 1]);
    }
}
