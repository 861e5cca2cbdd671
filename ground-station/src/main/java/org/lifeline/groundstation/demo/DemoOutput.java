package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The demo's output folder. Every run starts from an empty one. The default folder
 * ({@code demo-out/} of the checkout) is the demo's own; any other folder that holds anything
 * and was not made by the demo (no {@link #MARKER} in it) is never emptied: the demo refuses.
 */
public final class DemoOutput {

    /** The file that marks a folder as the demo's own. */
    public static final String MARKER = ".lifeline-demo";

    private DemoOutput() {
    }

    /**
     * Empties {@code out} (or creates it) and marks it as the demo's.
     *
     * @param theDefault whether {@code out} is the checkout's {@code demo-out/} (always the demo's)
     * @throws IOException when it cannot, or when {@code out} is someone else's non-empty folder
     */
    public static void prepare(Path out, boolean theDefault) throws IOException {
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !theDefault && !Files.exists(out.resolve(MARKER))) {
                throw new IOException(out + " holds files the demo did not write; give another folder with --out");
            }
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    deleteTree(p);
                }
            }
        } else if (Files.exists(out)) {
            throw new IOException(out + " is a file; the demo needs a folder there (or give another with --out)");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "written by lifeline demo; emptied at each run\n");
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
