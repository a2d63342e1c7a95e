package org.fundingrules.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.fundingrules.RuleSet;
import org.fundingrules.Batch;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Outcome;
import org.fundingrules.trace.Problem;
import org.fundingrules.trace.RulesLoadException;
import org.fundingrules.json.FundingJson;
import org.fundingrules.model.CaseFile;
import org.fundingrules.engine.OrderedParallel;

import org.slf4j.LoggerFactory;

/**
 * {@code fundingrules batch <folder|file.jsonl> [--out FILE] [--threads N] [--rules DIR]}: judges many cases in
 * parallel on one rule base and writes one JSON line per case, in input order, as it goes. Memory does not grow with
 * the number of cases: the input is read line by line (or file by file), a bounded number of cases is in flight,
 * and each result is written as soon as the cases before it are.
 */
final class BatchCommand {
    static final int ALL_COMPLIANT = 0;
    static final int NOT_ALL_COMPLIANT = 1;
    static final int INVALID_INPUT = 2;
    static final int RULES_FAILED = 3;
    static final int USAGE = 64;


    private static final ObjectMapper JSON = FundingJson.mapper();

    /** One case to judge: where it came from and its bytes (a line of a JSON Lines file) or its file. */
    private record Input(long index, String source, byte[] bytes, Path file) {
    }

    /** One judged case: its outcome (null when invalid) and its JSON line, UTF-8, without the line end. */
    private record Line(Outcome outcome, byte[] json, boolean fault) {
    }

    private BatchCommand() {
    }

    /**
     * Judges the cases of {@code input} (a folder or a JSON Lines file); {@code terminal}: whether to draw the
     * progress bar on err.
     */
    static int run(Path input, Path outFile, int threads, Path rulesFolder, PrintStream out, PrintStream err,
                   boolean terminal) {
        if (!Files.exists(input)) {
            err.println("no such folder or file: " + input);
            return INVALID_INPUT;
        }

        Path folder = rulesFolder;
        CompletableFuture<RuleSet> loading = CompletableFuture
                .supplyAsync(() -> Cli.rules(folder));
        // the total is known up front for a folder; for a JSON Lines file it is counted only for the progress bar
        long total = -1;
        List<Path> files = null;
        if (Files.isDirectory(input)) {
            try {
                files = caseFiles(input);
            } catch (IOException e) {
                err.println("cannot read the folder " + input + ": " + (e instanceof java.nio.file.AccessDeniedException
                        ? "permission denied" : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() : e.getClass().getSimpleName()));
                return INVALID_INPUT;
            }
            total = files.size();
        } else if (terminal) {
            try (InputStream in = Files.newInputStream(input)) {
                total = 0;
                for (Iterator<byte[]> it = new ByteLines(in); it.hasNext(); it.next()) {
                    total++;
                }
            } catch (IOException | UncheckedIOException e) {
                err.println(Main.unreadable("the JSON Lines file", input, ioCause(e)));
                return INVALID_INPUT;
            }
        }
        if (files == null) {
            String notLines;
            try {
                notLines = notJsonLines(input);
            } catch (IOException e) {
                err.println(Main.unreadable("the JSON Lines file", input, e));
                return INVALID_INPUT;
            }
            if (notLines != null) {
                err.println(notLines);
                return INVALID_INPUT;
            }
        }
        RuleSet rules;
        try {
            rules = Cli.joinRules(loading);
        } catch (RulesLoadException r) {
            err.println("the rules do not load; no verdict was produced:");
            r.errors().forEach(x -> err.println("  " + x));
            return RULES_FAILED;
        }

        Progress progress = terminal ? new Progress(err, total) : null;
        Batch.Tally tally = new Batch.Tally();
        long[] faults = {0};
        // stdout is flushed, never closed
        OutputStream stdout = new BufferedOutputStream(out, 1 << 16);
        OutputStream file;
        try {
            file = outFile == null ? null : new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16);
        } catch (IOException e) {
            err.println("cannot write the results file " + outFile + ": " + (e instanceof NoSuchFileException
                    ? "no such folder" : Main.reason(outFile, e)));
            return INVALID_INPUT;
        }
        try (InputStream lines = files == null ? Files.newInputStream(input) : null; file) {
            OutputStream w = file == null ? stdout : file;
            Iterator<Input> inputs = files != null ? fromFiles(files) : fromLines(lines, input.getFileName().toString());
            int n = threads;
            OrderedParallel.run(inputs, n, OrderedParallel.window(n), x -> judge(rules, x), (Line line) -> {
                try {
                    w.write(line.json());
                    w.write('\n');
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
                tally.add(line.outcome());
                faults[0] += line.fault() ? 1 : 0;
                if (progress != null) {
                    progress.update(tally.cases(), tally.elapsedNanos(), false);
                }
            });
            try {
                w.flush();
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        } catch (IOException | UncheckedIOException e) {
            if (progress != null) {
                progress.finish();
            }
            err.println("batch stopped after " + tally.cases() + " cases: " + (e instanceof WriteFailed
                    ? "cannot write the results: " + e.getCause().getMessage() : Main.reason(input, ioCause(e))));
            return INVALID_INPUT;
        }
        if (progress != null) {
            progress.update(tally.cases(), tally.elapsedNanos(), true);
            progress.finish();
        }
        Batch.Summary summary = tally.summary(threads);
        (outFile == null ? err : out).print(summary(summary));
        if (faults[0] > 0) {
            err.println(Main.faultLine(faults[0] + " case(s) failed with an internal error (evaluation_failed)"));
            return Main.INTERNAL_ERROR;
        }
        if (summary.invalid() > 0) {
            return INVALID_INPUT;
        }
        return summary.outcomes().get(Outcome.COMPLIANT) == summary.cases() ? ALL_COMPLIANT : NOT_ALL_COMPLIANT;
    }

    /** The summary printed after a batch: one line per count, then time and rate. */
    static String summary(Batch.Summary s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "cases: %d%n", s.cases()));
        for (Outcome o : Outcome.values()) {
            b.append(String.format(Locale.ROOT, "%s: %d%n", o.name(), s.outcomes().get(o)));
        }
        b.append(String.format(Locale.ROOT, "INVALID: %d%n", s.invalid()));
        b.append(String.format(Locale.ROOT, "time: %.3f s%n", s.elapsed().toNanos() / 1e9));
        b.append(String.format(Locale.ROOT, "rate: %s cases/s (%d threads)%n", s.rate().toPlainString(), s.threads()));
        return b.toString();
    }

    /** The case files of a folder ({@code *.json}, by name); only their names are held. */
    private static List<Path> caseFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.json")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    private static Iterator<Input> fromFiles(List<Path> files) {
        Iterator<Path> it = files.iterator();
        long[] i = {0};
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Input next() {
                Path p = it.next();
                return new Input(i[0]++, p.getFileName().toString(), null, p);
            }
        };
    }

    /** Writing the results failed (a full disk, a closed pipe), not reading the cases. */
    private static final class WriteFailed extends UncheckedIOException {
        WriteFailed(IOException cause) {
            super(cause);
        }
    }

    private static IOException ioCause(Exception e) {
        return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
    }

    /**
     * Why a file given as JSON Lines is not, or null: a case written over several lines (pretty-printed) would
     * otherwise give one "invalid case" per line, dozens of them, none saying what is wrong.
     */
    static String notJsonLines(Path input) throws IOException {
        byte[] first;
        try (InputStream in = Files.newInputStream(input)) {
            ByteLines lines = new ByteLines(in);
            if (!lines.hasNext()) {
                return null;
            }
            first = lines.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            JSON.readTree(first);
            return null;
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            return input + " is not JSON Lines: its first case does not end on its first line (a case written over "
                    + "several lines?). Give one case per line, or give a single case file to evaluate, or put case "
                    + "files in a folder for batch";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;   // a malformed line is that line's problem, reported in its result
        }
    }

    /** The non-blank lines of a JSON Lines file, read one at a time; the source is {@code name:line}. */
    private static Iterator<Input> fromLines(InputStream in, String name) {
        ByteLines lines = new ByteLines(in);
        long[] index = {0};
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Input next() {
                byte[] line = lines.next();
                return new Input(index[0]++, name + ":" + lines.lineNumber(), line, null);
            }
        };
    }

    /**
     * The non-blank lines of a stream as bytes, not decoded: a line that is not UTF-8 is that case's problem
     * (invalid_encoding), not the end of the batch. Lines end at \n, \r\n or \r, as for {@link BufferedReader}. A line
     * longer than the document limit keeps one byte past it, enough for the reader to refuse it, and no more.
     */
    static final class ByteLines implements Iterator<byte[]> {
        private static final int LIMIT = (int) FundingJson.MAX_DOCUMENT_LENGTH + 1;
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private long lineNo;
        private long nextLineNo;
        private byte[] next;
        private boolean skipLf;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** The line number (from 1) of the line {@link #next()} returned last. */
        long lineNumber() {
            return lineNo;
        }

        private int read() throws IOException {
            if (pos == end) {
                int n = in.read(buf);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                end = n;
            }
            return buf[pos++] & 0xFF;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    int b = read();
                    if (skipLf && b == '\n') {
                        b = read();
                    }
                    skipLf = false;
                    if (b < 0) {
                        return false;
                    }
                    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
                    while (b >= 0 && b != '\n' && b != '\r') {
                        // copy the run up to the line's end (or the buffer's) at once
                        int from = pos - 1;
                        int to = from + 1;
                        while (to < end && buf[to] != '\n' && buf[to] != '\r') {
                            to++;
                        }
                        int keep = Math.min(to - from, LIMIT - line.size());
                        if (keep > 0) {
                            line.write(buf, from, keep);
                        }
                        pos = to;
                        b = read();
                    }
                    skipLf = b == '\r';
                    nextLineNo++;
                    byte[] bytes = line.toByteArray();
                    if (!blank(bytes)) {
                        next = bytes;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] x = next;
            next = null;
            lineNo = nextLineNo;
            return x;
        }

        /** Blank as {@link String#isBlank()} says, for a line that is UTF-8; bytes that are not are never blank. */
        private static boolean blank(byte[] line) {
            boolean ascii = true;
            for (byte b : line) {
                if (b < 0) {
                    ascii = false;
                } else if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            if (ascii) {
                return true;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line)).toString().isBlank();
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }
    }

    /** Reads, evaluates and writes one case on a worker thread; never throws for the case's sake. */
    private static Line judge(RuleSet rules, Input in) {
        Evaluation evaluation = null;
        List<Problem> problems;
        boolean fault = false;
        try {
            // bytes, read no further than the document limit, as evaluate reads its case file
            CaseFile caseFile = FundingJson.readCase(in.bytes() != null ? in.bytes() : Main.read(in.file()));
            Runnable injected = Main.faultBeforeEvaluation;
            if (injected != null) {
                injected.run();
            }
            evaluation = rules.evaluate(caseFile);
            problems = List.of();
        } catch (InvalidCaseException e) {
            problems = e.problems();
        } catch (IOException e) {
            // the file's name and the reason, never the server's path to it
            problems = List.of(new Problem("$", "unreadable",
                    "cannot read the case file " + in.source() + ": " + Main.reason(in.file(), e)));
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of the library, not of the case: no exception text for the applicant; the batch exits 70
            LoggerFactory.getLogger(BatchCommand.class).debug("evaluation failed on {}", in.source(), e);
            problems = List.of(new Problem("$", "evaluation_failed",
                    "the library failed on this case (an internal error); this is not a problem of the input"));
            fault = true;
        }
        // one case's line, as UTF-8 bytes: held only until the cases before it are written (input order)
        java.io.ByteArrayOutputStream s = new java.io.ByteArrayOutputStream(evaluation == null ? 256 : 8192);
        // through a Writer, as FundingJson writes: characters beyond the BMP as UTF-8, not as \\u escapes
        try (JsonGenerator g = JSON.createGenerator(new java.io.OutputStreamWriter(s, StandardCharsets.UTF_8))) {
            g.writeStartObject();
            g.writeNumberField("index", in.index());
            g.writeStringField("source", in.source());
            g.writeStringField("outcome", evaluation == null ? Batch.INVALID : evaluation.outcome().name());
            if (evaluation != null) {
                g.writeFieldName("evaluation");
                JSON.writeValue(g, evaluation);
            } else {
                g.writeFieldName("problems");
                JSON.writeValue(g, problems);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Line(evaluation == null ? null : evaluation.outcome(), s.toByteArray(), fault);
    }

    /** A one-line progress bar on a terminal: cases done, rate, and time left when the total is known. */
    static final class Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private final PrintStream err;
        private final long total;
        private long lastPrint = Long.MIN_VALUE;

        Progress(PrintStream err, long total) {
            this.err = err;
            this.total = total;
        }

        void update(long done, long elapsedNanos, boolean force) {
            if (!force && lastPrint != Long.MIN_VALUE && elapsedNanos - lastPrint < EVERY_NANOS) {
                return;
            }
            lastPrint = elapsedNanos;
            err.print('\r' + line(done, total, elapsedNanos) + "\u001b[K");   // clear what a longer line left
            err.flush();
        }

        void finish() {
            err.println();
        }

        /** The bar's text, e.g. {@code [#####.....]  5000/10000 cases  1234.5/s  0:04 left}. */
        static String line(long done, long total, long elapsedNanos) {
            long seconds = elapsedNanos / 1_000_000_000L;
            java.math.BigDecimal rate = org.fundingrules.Batch.perSecond(done, elapsedNanos);
            StringBuilder b = new StringBuilder();
            if (total > 0) {
                int width = 30;
                int filled = (int) Math.min(width, done * width / total);
                b.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
                b.append(done).append('/').append(total).append(" cases");
            } else {
                b.append(done).append(" cases");
            }
            b.append("  ").append(rate.toPlainString()).append("/s");
            if (total > 0 && done > 0 && done < total) {
                long left = (total - done) * (elapsedNanos / done) / 1_000_000_000L;
                b.append(String.format(Locale.ROOT, "  %d:%02d left", left / 60, left % 60));
            } else {
                b.append(String.format(Locale.ROOT, "  %d:%02d", seconds / 60, seconds % 60));
            }
            return b.toString();
        }
    }
}
