package org.lifeline.groundstation.logs.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PythonTextTest {

    /** Expected values are what CPython 3 prints for repr(float(x)). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"3.0, 3.0", "0.1, 0.1", "0.00001, 1e-05", "0.0001, 0.0001", "1.5e16, 1.5e+16", "123456789012345.0, 123456789012345.0",
            "-2.5, -2.5", "1e22, 1e+22", "0.10000000149011612, 0.10000000149011612", "34.0655, 34.0655", "-0.0, -0.0"})
    void floatsAreWrittenAsPythonWritesThem(double value, String python) {
        assertThat(PythonText.real(value)).isEqualTo(python);
    }

    @ParameterizedTest(name = "list")
    @CsvSource({"x"})
    void listsAreWrittenAsPythonLists(String ignored) {
        assertThat(PythonText.of(List.of(1L, 2L, 3L))).isEqualTo("[1, 2, 3]");
        assertThat(PythonText.of(List.of(0.5, 1.0))).isEqualTo("[0.5, 1.0]");
        assertThat(PythonText.of(Double.NaN)).isEqualTo("nan");
    }
}
