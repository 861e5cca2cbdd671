package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a damaged file contains, a reader either returns a plan or throws a
 * {@link PlanFileException} with a one-line message: never another exception, which would reach
 * the pilot as a stack trace. Inputs are the fixtures with random edits (characters deleted,
 * replaced or inserted, lines dropped), which keeps most of them close enough to valid to get
 * deep into the readers.
 */
class PlanReaderRobustnessPropertyTest {

    private static final String WAYPOINTS = Fixtures.text("delivery.waypoints");
    private static final String PLAN = Fixtures.text("delivery.plan");

    @Property(tries = 200)
    void damagedWaypointsFilesAreReadOrRefusedCleanly(@ForAll("damagedWaypoints") String text) {
        readOrRefuse(() -> WaypointsFile.parse("x.waypoints", text));
    }

    @Property(tries = 200)
    void damagedPlanFilesAreReadOrRefusedCleanly(@ForAll("damagedPlans") String text) {
        readOrRefuse(() -> QgcPlanFile.parse("x.plan", text));
    }

    private static void readOrRefuse(Runnable read) {
        try {
            read.run();
        } catch (PlanFileException e) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
        }
    }

    @Provide
    Arbitrary<String> damagedWaypoints() {
        return damaged(WAYPOINTS, "0123456789.-eE \tnanQGCWPL\r\n#");
    }

    @Provide
    Arbitrary<String> damagedPlans() {
        return damaged(PLAN, "0123456789.-eE{}[]\":,nul truefalsSimpleItemComplex\n");
    }

    private static Arbitrary<String> damaged(String original, String alphabet) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0, 1), Arbitraries.strings().withChars(alphabet).ofMaxLength(6))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> apply(original, edits));
    }

    private static String apply(String text, List<Edit> edits) {
        String result = text;
        for (Edit edit : edits) {
            result = edit.applyTo(result);
        }
        return result;
    }

    /** One change at a relative position: 0 delete, 1 replace, 2 insert, 3 drop the line. */
    private record Edit(int kind, double where, String chars) {

        String applyTo(String text) {
            if (text.isEmpty()) {
                return chars;
            }
            int at = (int) (where * (text.length() - 1));
            int end = Math.min(text.length(), at + Math.max(1, chars.length()));
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, at) + chars + text.substring(end);
                case 2 -> text.substring(0, at) + chars + text.substring(at);
                default -> {
                    int start = text.lastIndexOf('\n', at) + 1;
                    int stop = text.indexOf('\n', at);
                    yield text.substring(0, start) + (stop < 0 ? "" : text.substring(stop + 1));
                }
            };
        }
    }
}
