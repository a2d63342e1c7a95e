package org.fundingrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;
import org.fundingrules.FundingRules;
import org.fundingrules.bench.Shapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verdict document is streamed: the same bytes as the String form, and writing it allocates a fraction of its
 * size, not a multiple (issue 16: a 10 MB case wrote 346 MB of JSON, built as one String, and ran out of memory).
 */
class StreamingOutputTest {
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        rules = FundingRules.packaged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amulet", "sme-group", "state-aid"})
    void theStreamedBytesAreTheStringForm(String example) throws Exception {
        Evaluation e = rules.evaluateJson(Files.readString(Path.of("examples", example, "case.json")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FundingJson.write(e, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(FundingJson.write(e));
        assertThat(out.toByteArray()).isEqualTo(FundingJson.write(e).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Names beyond ASCII, one beyond the BMP among them: the streamed bytes are still the String form's (Jackson's
     * UTF-8 generator wrote the emoji as two escapes, "\\uD83D\\uDE00", where the String form has its four bytes).
     */
    @Test
    void namesBeyondTheBmpStreamAsTheStringFormHasThem() throws Exception {
        String amulet = Files.readString(Path.of("examples/amulet/case.json"));
        String name = "Jo\u017eef \uD83D\uDE00 \u202Eevil";
        String changed = amulet.replace("\"LightComp Srl\"", "\"" + name + "\"");
        assertThat(changed).contains(name);
        Evaluation e = rules.evaluateJson(changed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FundingJson.write(e, out);
        assertThat(FundingJson.write(e)).contains(name);
        assertThat(out.toByteArray()).isEqualTo(FundingJson.write(e).getBytes(StandardCharsets.UTF_8));
    }

    /** Counts the bytes written and keeps none. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void writingALargeEvaluationAllocatesLessThanItsOwnSize() throws Exception {
        // 1 000 third parties with five awards each: about 49 MB of JSON
        Evaluation e = rules.evaluateJson(Shapes.Shape.AWARDS.json(1000));
        Counting warm = new Counting();
        FundingJson.write(e, warm);   // serializers built and JIT-compiled outside the measurement
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        Counting out = new Counting();
        long before = threads.getThreadAllocatedBytes(id);
        FundingJson.write(e, out);
        long allocated = threads.getThreadAllocatedBytes(id) - before;

        assertThat(out.bytes).isEqualTo(warm.bytes).isGreaterThan(20L << 20);
        // the String form allocates at least twice the output (the text, then its bytes); streaming, a fraction
        assertThat(allocated).as("bytes allocated writing %d bytes", out.bytes).isLessThan(out.bytes / 2);
    }
}
