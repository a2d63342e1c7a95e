package org.fundingrules;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the Java of the documentation with the JDK's compiler against the test class path (the library as it is
 * now), so a snippet that no longer compiles fails a test with the compiler's message.
 */
public final class JavaSnippets {
    /** The packages every documentation snippet may use without importing them. */
    public static final List<String> IMPORTS = List.of("java.nio.file.*", "java.time.*", "java.util.*",
            "java.util.stream.*", "org.fundingrules.*", "org.fundingrules.model.*", "org.fundingrules.trace.*",
            "org.fundingrules.report.*");

    private JavaSnippets() {
    }

    /**
     * Compiles source files (file name to text, e.g. {@code JudgeAmulet.java}) into {@code out} and returns a class
     * loader over the result whose parent is this class's loader.
     *
     * @throws AssertionError with the compiler's diagnostics when a file does not compile
     */
    public static ClassLoader compile(Path out, Map<String, String> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("no Java compiler in this JVM: run the tests on a JDK");
        }
        Path src = Files.createDirectories(out.resolve("src"));
        Path classes = Files.createDirectories(out.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (var s : sources.entrySet()) {
            files.add(Files.writeString(src.resolve(s.getKey()), s.getValue()));
        }
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                "-proc:none", "-encoding", "UTF-8");
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(diagnostics, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                throw new AssertionError("the documentation's Java does not compile:\n" + diagnostics);
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSnippets.class.getClassLoader());
    }

    /** A method body wrapped into a class with {@link #IMPORTS}, its method declared to throw anything. */
    public static String asClass(String className, String body) {
        StringBuilder s = new StringBuilder();
        IMPORTS.forEach(i -> s.append("import ").append(i).append(";\n"));
        s.append("\nclass ").append(className).append(" {\n    static void run() throws Exception {\n");
        body.lines().forEach(l -> s.append("        ").append(l).append('\n'));
        s.append("    }\n}\n");
        return s.toString();
    }
}
