package org.fundingrules.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fundingrules.trace.RulesLoadException.RuleError;
import org.fundingrules.trace.RulesLoadException;

/**
 * The files of a rule set, by path relative to the rules folder ({@code fstp/h2020_annex_k_fstp.drl}), read once,
 * with their digest. The rules folder is packaged in the jar under {@link #PACKAGED_ROOT}.
 */
public final class RuleFiles {
    /** Where the build puts the {@code rules/} folder inside the jar. */
    public static final String PACKAGED_ROOT = "org/fundingrules/rules";
    private static final String MARKER = "sources.yaml";
    private static final long MAX_FILE = 4L * 1024 * 1024;

    private final SortedMap<String, byte[]> files;
    private final java.util.concurrent.ConcurrentHashMap<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final String origin;
    private final String digest;

    private RuleFiles(SortedMap<String, byte[]> files, String origin) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.origin = origin;
        this.digest = digest(files);
    }

    /** The rules shipped in the jar. */
    public static RuleFiles packaged() {
        URL marker = RuleFiles.class.getClassLoader().getResource(PACKAGED_ROOT + "/" + MARKER);
        if (marker == null) {
            throw new RulesLoadException(java.util.List.of(new RuleError(PACKAGED_ROOT + "/" + MARKER, 0,
                    "the packaged rules are missing from the classpath")));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return new RuleFiles(readJar(marker), "packaged");
            }
            return new RuleFiles(read(Path.of(uri).getParent()), "packaged");
        } catch (URISyntaxException | IOException e) {
            throw new RulesLoadException(java.util.List.of(new RuleError(PACKAGED_ROOT, 0,
                    "cannot read the packaged rules: " + e.getMessage())));
        }
    }

    /** The rules in a folder laid out like {@code rules/}. */
    public static RuleFiles folder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RulesLoadException(java.util.List.of(new RuleError(root.toString(), 0, "not a folder")));
        }
        if (!Files.isRegularFile(root.resolve(MARKER))) {
            throw new RulesLoadException(java.util.List.of(new RuleError(root.resolve(MARKER).toString(), 0,
                    "a rules folder must hold " + MARKER + ", the register of legal sources")));
        }
        try {
            return new RuleFiles(read(root), root.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            throw new RulesLoadException(java.util.List.of(new RuleError(root.toString(), 0,
                    "cannot read the rules folder: " + e.getMessage())));
        }
    }

    /**
     * The packaged files, read through the jar the class loader already holds open (a zip file system of the jar
     * would read its directory again, and costs a cold start a tenth of a second).
     */
    private static SortedMap<String, byte[]> readJar(URL marker) throws IOException {
        java.util.jar.JarFile jar = ((java.net.JarURLConnection) marker.openConnection()).getJarFile();  // shared: not closed
        String prefix = PACKAGED_ROOT + "/";
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (var entries = jar.entries(); entries.hasMoreElements(); ) {
            java.util.jar.JarEntry e = entries.nextElement();
            if (e.isDirectory() || !e.getName().startsWith(prefix) || !taken(e.getName())) {
                continue;
            }
            String rel = e.getName().substring(prefix.length());
            try (java.io.InputStream in = jar.getInputStream(e)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE + 1);
                if (bytes.length > MAX_FILE) {
                    throw new IOException(rel + " is larger than " + MAX_FILE + " bytes");
                }
                out.put(rel, bytes);
            }
        }
        return out;
    }

    /** Whether a file belongs to a rule set: DRL, YAML, Markdown and properties files, not hidden ones. */
    private static boolean taken(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.startsWith(".") && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".md")
                || name.endsWith(".properties"));
    }

    private static SortedMap<String, byte[]> read(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!taken(p.getFileName().toString())) {
                    continue;
                }
                if (Files.size(p) > MAX_FILE) {
                    throw new IOException(rel + " is larger than " + MAX_FILE + " bytes");
                }
                out.put(rel, Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Every file, by relative path, sorted. */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    /** The text of one file, decoded once. */
    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : texts.computeIfAbsent(path, k -> new String(b, StandardCharsets.UTF_8));
    }

    /** {@code packaged} or the absolute folder path. */
    public String origin() {
        return origin;
    }

    /**
     * {@code sha256:} over the path and content of every file that can change a verdict (DRL files, parameter files,
     * {@code sources.yaml} and the English messages, whose texts the verdict carries), in path order. Scenario files,
     * READMEs and translations do not count.
     */
    public String digest() {
        return digest;
    }

    /** {@code sha256:} over the path and content of the given files, in path order. */
    static String digestOf(SortedMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(SortedMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (!judges(e.getKey())) {
                    continue;
                }
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a file takes part in judging: rules, parameters, the source register, the English messages. */
    static boolean judges(String path) {
        return path.endsWith(".drl") || path.equals("sources.yaml") || path.endsWith("/messages.properties")
                || (path.contains("/parameters/") && path.endsWith(".yaml"));
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
