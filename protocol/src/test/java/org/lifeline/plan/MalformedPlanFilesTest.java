package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken plan files under test resources {@code malformed/}: each one must be
 * refused with exactly the one-line message listed for it in {@code expected-messages.tsv}.
 */
class MalformedPlanFilesTest {

    private static final Path DIR = Fixtures.path("malformed/expected-messages.tsv").getParent();

    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("expected-messages.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            rows.add(Arguments.of(columns[0], columns[1]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedFileIsRefusedWithItsExpectedMessage(String name, String expectedMessage) {
        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(DIR.resolve(name)));

        assertThat(e).as("reading %s must fail", name).isNotNull();
        assertThat(e.getMessage()).isEqualTo(DIR + File.separator + expectedMessage);
        assertThat(e.getMessage()).doesNotContain("\n", "\r", "Exception");
    }

    @Test
    void everyFileInTheCorpusHasAnExpectedMessage() throws Exception {
        List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expected-messages.tsv")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }
}
