package org.lifeline.simulator.fault;

import java.util.Random;

/**
 * The per-frame dice of the frame-level faults, for one direction: whether to drop, duplicate,
 * hold back (reorder) or corrupt the next frame. Seeded, so a faulty run repeats exactly when
 * its frames are offered in the same order.
 */
public final class FrameFaults {

    /** What happens to one frame. */
    public record Verdict(boolean drop, boolean duplicate, boolean holdBack, boolean corrupt) {
    }

    private final double drop;
    private final double duplicate;
    private final double reorder;
    private final double corrupt;
    private final Random random;

    public FrameFaults(FaultPlan plan, Direction direction, long seed) {
        boolean out = direction == Direction.OUT;
        this.drop = plan.fraction(out ? FaultMode.DROP_OUT : FaultMode.DROP_IN);
        this.duplicate = plan.fraction(out ? FaultMode.DUPLICATE_OUT : FaultMode.DUPLICATE_IN);
        this.reorder = plan.fraction(out ? FaultMode.REORDER_OUT : FaultMode.REORDER_IN);
        this.corrupt = plan.fraction(out ? FaultMode.CORRUPT_OUT : FaultMode.CORRUPT_IN);
        this.random = new Random(seed ^ (out ? 0x5DEECE66DL : 0xB5297A4DL));
    }

    /** True when no frame is ever touched (the decorators then pass frames straight through). */
    public boolean inert() {
        return drop == 0 && duplicate == 0 && reorder == 0 && corrupt == 0;
    }

    public synchronized Verdict next() {
        boolean d = drop > 0 && random.nextDouble() < drop;
        boolean dup = duplicate > 0 && random.nextDouble() < duplicate;
        boolean hold = reorder > 0 && random.nextDouble() < reorder;
        boolean bad = corrupt > 0 && random.nextDouble() < corrupt;
        return new Verdict(d, dup, hold, bad);
    }

    /** Flips one random bit of {@code frame} in place (past the start marker, so the reader must use the CRC). */
    public synchronized void corrupt(byte[] frame, int offset, int length) {
        if (length <= 1) {
            return;
        }
        int index = offset + 1 + random.nextInt(length - 1);
        frame[index] ^= (byte) (1 << random.nextInt(8));
    }
}
