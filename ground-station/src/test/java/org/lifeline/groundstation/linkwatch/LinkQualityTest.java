package org.lifeline.groundstation.linkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.session.FrameCounters;

/** The link quality the dashboard shows: frames heard of frames sent, over the last readings. */
class LinkQualityTest {

    private static FrameCounters heardLost(long heard, long lost) {
        return new FrameCounters(heard, 0, 0, heard * 30, lost);
    }

    @Test
    void qualityIsTheShareOfFramesHeardOverTheLastReadingsOnly() {
        LinkQuality q = new LinkQuality(2);
        assertThat(q.add(heardLost(0, 0))).as("one reading spans nothing yet").isEqualTo(-1);
        assertThat(q.add(heardLost(90, 10))).isEqualTo(90);
        assertThat(q.add(heardLost(180, 20))).isEqualTo(90);
        assertThat(q.add(heardLost(280, 20))).as("the first interval's losses have left the window").isEqualTo(95);
        assertThat(q.add(heardLost(380, 20))).isEqualTo(100);
        assertThat(q.add(heardLost(380, 20))).as("some frames still in the window").isEqualTo(100);
        assertThat(q.add(heardLost(380, 20))).as("nothing came over the whole window").isZero();
        q.clear();
        assertThat(q.add(heardLost(500, 20))).isEqualTo(-1);
    }
}
