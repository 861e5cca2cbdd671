package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.session.LinkSessionOpener;

import picocli.CommandLine;

class OperatorCommandTest {

    @TempDir
    Path data;

    private int run(String stdin, StringWriter out, StringWriter err, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return cl.execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void operatorAddReadsThePasswordFromStandardInputNeverFromTheArguments() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run("a long passphrase\n", out, err, "operator", "add", "chen.jing", "--data", data.toString(), "--iterations", "1000"))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("added operator chen.jing");
        assertThat(OperatorFile.in(data).verify("chen.jing", "a long passphrase".toCharArray())).isTrue();
        assertThat(Files.readString(data.resolve("operators"))).doesNotContain("passphrase");

        StringWriter err2 = new StringWriter();
        assertThat(run("another passphrase\n", new StringWriter(), err2, "operator", "add", "chen.jing", "--data", data.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err2.toString()).contains("already exists").doesNotContain("Exception");
        StringWriter err3 = new StringWriter();
        assertThat(run("", new StringWriter(), err3, "operator", "add", "wu", "--data", data.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err3.toString()).contains("no password");
        StringWriter list = new StringWriter();
        assertThat(run("", list, new StringWriter(), "operator", "list", "--data", data.toString())).isEqualTo(ExitCodes.OK);
        assertThat(list.toString().strip()).isEqualTo("chen.jing");
    }
}
