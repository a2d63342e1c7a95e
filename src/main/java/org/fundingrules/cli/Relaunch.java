package org.fundingrules.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain {@code java -jar} started with the caches of bin/fundingrules. A jar cannot carry JVM options, so a JVM started
 * as {@code java -jar fundingrules.jar ARGS} with no option at all starts a second JVM with the options bin/fundingrules
 * would give (the start-up cache made by {@code mvn package} for this JDK, and for single-case commands the client
 * compiler and the serial collector), passes it the same arguments, standard streams and environment, and exits with
 * its exit code. The first JVM does nothing else, so the verdict, its bytes and its exit code are those of the second.
 *
 * <p>It runs the command in its own JVM, as before, whenever the second start would not pay: any JVM option given
 * (on the command line, in {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}), {@code FUNDINGRULES_RELAUNCH=0}, a
 * cache missing, older than the jar or made by another JDK, or a second JVM that cannot be started.
 * {@code FUNDINGRULES_SHOW_JAVA=1} prints the second JVM's command to stderr, as bin/fundingrules does.
 *
 * <p>Only java.base is used here: nothing of the library but this class and {@link Main} is loaded before the choice
 * is made.
 */
final class Relaunch {
    /** The environment variable that turns the second JVM off ({@code 0}); set for the second JVM itself. */
    static final String SWITCH = "FUNDINGRULES_RELAUNCH";

    private Relaunch() {
    }

    /**
     * The second JVM's exit code, or empty when the command is to run in this JVM.
     *
     * @param args the command line after the jar
     */
    static Optional<Integer> run(String[] args) {
        Map<String, String> env = System.getenv();
        if ("0".equals(env.get(SWITCH)) || isSet(env.get("JDK_JAVA_OPTIONS")) || isSet(env.get("JAVA_TOOL_OPTIONS"))) {
            return Optional.empty();
        }
        Path jar = ownJar();
        if (jar == null || !startedAsPlainJar(jar)) {
            return Optional.empty();
        }
        List<String> command = command(jar, Path.of(System.getProperty("java.home")), Runtime.version().feature(),
                args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        if ("1".equals(env.get("FUNDINGRULES_SHOW_JAVA"))) {
            System.err.println(String.join(" ", command));
        }
        ProcessBuilder b = new ProcessBuilder(command).inheritIO();
        b.environment().put(SWITCH, "0");
        Process child;
        try {
            child = b.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // no second JVM (a sandbox, no fork): the command runs here
        }
        // stopped by a signal, this JVM stops the second one too
        Thread stop = new Thread(child::destroy, "fundingrules-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // this JVM is already stopping (a signal): its hook has stopped the second one
                }
                return Optional.of(code);
            } catch (InterruptedException e) {
                // nothing here interrupts this thread; keep waiting for the command's own exit code
            }
        }
    }

    /**
     * The second JVM's command: this JDK's java with the cache {@code mvn package} made beside the jar for this JDK,
     * the compiler and collector options of bin/fundingrules, then {@code -jar JAR ARGS}; empty when there is no
     * usable cache.
     *
     * @param jar the library jar, as a real path
     * @param javaHome the running JDK's home
     * @param feature the running JDK's feature version
     * @param args the command line after the jar
     */
    static List<String> command(Path jar, Path javaHome, int feature, String[] args) {
        Path dir = jar.getParent();
        List<String> cache;
        if (feature >= 25 && usable(dir.resolve("fundingrules.aot"), dir.resolve("fundingrules.aot.jdk"), jar,
                javaHome)) {
            cache = List.of("-XX:AOTCache=" + dir.resolve("fundingrules.aot"), "-Xlog:aot=off", "-Xlog:cds=off");
        } else if (usable(dir.resolve("fundingrules.jsa"), dir.resolve("fundingrules.jsa.jdk"), jar, javaHome)) {
            cache = List.of("-XX:SharedArchiveFile=" + dir.resolve("fundingrules.jsa"), "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off");
        } else {
            return List.of();
        }
        Path java = javaHome.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (args.length == 0 || !args[0].equals("batch")) {
            // one case and exit, as bin/fundingrules: a long batch keeps the optimising compiler and the default GC
            // (one compiler thread goes with the client compiler alone: with both, the JVM refuses to start), and
            // reflection through native accessors (from JDK 18 a first reflective call otherwise generates classes)
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                    "-Djdk.reflect.useNativeAccessorOnly=true"));
        }
        command.addAll(cache);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A cache this JVM can map: present, written after the jar, and made by this JDK (the home bin/start-caches
     * recorded beside it). Any other cache the JVM would ignore, and the second start would only cost time.
     */
    private static boolean usable(Path cache, Path madeBy, Path jar, Path javaHome) {
        try {
            if (!Files.isRegularFile(cache) || !Files.isRegularFile(madeBy)
                    || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return false;
            }
            Path recorded = Path.of(Files.readString(madeBy, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(recorded) && recorded.toRealPath().equals(javaHome.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** This class's jar as a real path; null when the classes are not in a jar (a build's classes folder). */
    private static Path ownJar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toRealPath() : null;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether this JVM's command line was {@code java -jar JAR ...}, JAR being this jar: no JVM option before
     * {@code -jar}. Where the operating system does not tell, false.
     */
    private static boolean startedAsPlainJar(Path jar) {
        String[] a = ProcessHandle.current().info().arguments().orElse(null);
        if (a == null || a.length < 2 || !a[0].equals("-jar")) {
            return false;
        }
        try {
            return new File(a[1]).toPath().toRealPath().equals(jar);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }
}
