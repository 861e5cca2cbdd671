package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.support.Await;

class ChildProcessesTest {

    @TempDir
    Path dir;

    @Test
    void closingEndsEveryChildAndTheProcessesTheyStarted() {
        List<ProcessHandle> all = new ArrayList<>();
        try (ChildProcesses children = new ChildProcesses(note -> { })) {
            for (int i = 0; i < 2; i++) {
                ChildProcesses.Child c = children.start("shell " + i, List.of("sh", "-c", "sleep 300 & sleep 300; wait"), dir,
                        dir.resolve("shell-" + i + ".log"));
                assertThat(Await.until(() -> c.process().descendants().count() == 2, Duration.ofSeconds(10))).isTrue(); // both sleeps
                all.add(c.process().toHandle());
                c.process().descendants().forEach(all::add);
            }
            assertThat(all).hasSize(6).allMatch(ProcessHandle::isAlive);
        }
        assertThat(all).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void waitingForAPortStopsAtOnceWhenTheChildDiesAndNamesItsLog() {
        try (ChildProcesses children = new ChildProcesses(note -> { })) {
            ChildProcesses.Child c = children.start("broken simulator", List.of("sh", "-c", "echo no such airframe; exit 3"), dir,
                    dir.resolve("sim.log"));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> ChildProcesses.awaitListening(c, ChildProcesses.freePort(), Duration.ofSeconds(60)))
                    .hasMessageContaining("broken simulator exited (code 3)").hasMessageContaining(dir.resolve("sim.log").toString());
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
            assertThat(dir.resolve("sim.log")).content().contains("no such airframe");
        }
    }

    @Test
    void aProgramThatCannotBeStartedIsNamed() {
        try (ChildProcesses children = new ChildProcesses(note -> { })) {
            assertThatThrownBy(() -> children.start("agent", List.of(dir.resolve("no-java").toString()), dir, dir.resolve("a.log")))
                    .hasMessageContaining("cannot start agent");
        }
    }

    @Test
    void nothingNewStartsOnceStopping() {
        ChildProcesses children = new ChildProcesses(note -> { });
        children.close();
        assertThat(children.stopping()).isTrue();
        assertThatThrownBy(() -> children.start("late", List.of("true"), dir, dir.resolve("late.log")))
                .isInstanceOf(IllegalStateException.class);
    }
}
