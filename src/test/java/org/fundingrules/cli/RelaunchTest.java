package org.fundingrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which second JVM plain {@code java -jar} starts: the cache made for the running JDK, and only a cache the JVM would
 * map (the end-to-end runs are in LauncherIT).
 */
class RelaunchTest {
    @TempDir
    Path dir;
    Path jar;
    Path jdk17;
    Path jdk25;

    @BeforeEach
    void layout() throws IOException {
        jar = Files.writeString(dir.resolve("fundingrules-1.0.jar"), "jar");
        jdk17 = javaHome("jdk-17");
        jdk25 = javaHome("jdk-25");
        age(jar, 0);
    }

    private Path javaHome(String name) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home.toRealPath();
    }

    /** Sets a file's modification time, in seconds after a fixed instant. */
    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seconds)));
    }

    private void cache(String name, Path madeBy, long seconds) throws IOException {
        age(Files.writeString(dir.resolve(name), "cache"), seconds);
        Files.writeString(dir.resolve(name + ".jdk"), madeBy + "\n");
    }

    @Test
    void onJdk17TheClassDataArchiveWithTheLaunchersOptions() throws IOException {
        cache("fundingrules.jsa", jdk17, 10);
        assertThat(Relaunch.command(jar, jdk17, 17, new String[] {"evaluate", "case.json"})).containsExactly(
                jdk17.resolve("bin/java").toString(), "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC", "-Djdk.reflect.useNativeAccessorOnly=true",
                "-XX:SharedArchiveFile=" + dir.resolve("fundingrules.jsa"), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "evaluate", "case.json");
    }

    @Test
    void onJdk25TheAotCacheOfThatJdk() throws IOException {
        cache("fundingrules.jsa", jdk17, 10);
        cache("fundingrules.aot", jdk25, 10);
        List<String> c = Relaunch.command(jar, jdk25, 25, new String[] {"evaluate", "case.json"});
        assertThat(c).startsWith(jdk25.resolve("bin/java").toString())
                .contains("-XX:AOTCache=" + dir.resolve("fundingrules.aot"), "-XX:TieredStopAtLevel=1")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        // JDK 17 cannot read an AOT cache: it keeps its archive
        assertThat(Relaunch.command(jar, jdk17, 17, new String[] {"evaluate"}))
                .contains("-XX:SharedArchiveFile=" + dir.resolve("fundingrules.jsa"));
    }

    @Test
    void aBatchKeepsTheOptimisingCompilerAndTheDefaultCollector() throws IOException {
        cache("fundingrules.jsa", jdk17, 10);
        assertThat(Relaunch.command(jar, jdk17, 17, new String[] {"batch", "in.jsonl", "--out", "o.jsonl"}))
                .contains("-XX:SharedArchiveFile=" + dir.resolve("fundingrules.jsa"))
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                        "-Djdk.reflect.useNativeAccessorOnly=true")
                .endsWith("-jar", jar.toString(), "batch", "in.jsonl", "--out", "o.jsonl");
    }

    @Test
    void noSecondJvmWithoutACacheThisJdkCanMap() throws IOException {
        String[] args = {"evaluate", "case.json"};
        assertThat(Relaunch.command(jar, jdk17, 17, args)).as("no cache").isEmpty();

        cache("fundingrules.jsa", jdk25, 10);
        assertThat(Relaunch.command(jar, jdk17, 17, args)).as("made by another JDK").isEmpty();

        cache("fundingrules.jsa", jdk17, -10);
        assertThat(Relaunch.command(jar, jdk17, 17, args)).as("older than the jar (a rebuild without caches)")
                .isEmpty();

        cache("fundingrules.jsa", jdk17, 10);
        Files.delete(dir.resolve("fundingrules.jsa.jdk"));
        assertThat(Relaunch.command(jar, jdk17, 17, args)).as("no record of the JDK that made it").isEmpty();

        cache("fundingrules.aot", jdk25, 10);
        assertThat(Relaunch.command(jar, jdk25, 25, args)).as("the AOT cache alone serves JDK 25 only")
                .contains("-XX:AOTCache=" + dir.resolve("fundingrules.aot"));
        assertThat(Relaunch.command(jar, jdk25, 21, args)).as("a JDK before 25 reads no AOT cache").isEmpty();
    }

    @Test
    void noSecondJvmWhereTheJdkHasNoJavaToStart() throws IOException {
        cache("fundingrules.jsa", jdk17, 10);
        Files.delete(jdk17.resolve("bin/java"));
        assertThat(Relaunch.command(jar, jdk17, 17, new String[] {"evaluate"})).isEmpty();
    }

    /** Inside the tests the classes are a folder, and the JVM was not started as java -jar: the command runs here. */
    @Test
    void outsideAJarTheCommandRunsInThisJvm() {
        assertThat(Relaunch.run(new String[] {"--version"})).isEmpty();
    }
}
