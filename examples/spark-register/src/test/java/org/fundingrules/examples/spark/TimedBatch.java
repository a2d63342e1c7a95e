package org.fundingrules.examples.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The library's command line ({@code org.fundingrules.cli.Main}) as it is, writing the JVM's CPU time in nanoseconds
 * to the file {@code -Dcpu.file} names when it exits: for {@link ScalingRun}.
 */
public final class TimedBatch {
    private TimedBatch() {
    }

    public static void main(String[] args) {
        Path file = Path.of(System.getProperty("cpu.file"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(file, Long.toString(ScalingRun.processCpu()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        org.fundingrules.cli.Main.main(args);
    }
}
