import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;
import org.fundingrules.trace.Evaluation;

/**
 * A portal's start, for bench/startup.sh: in a fresh JVM, the packaged rules, then the first evaluations of one case
 * read from JSON. Prints one line: milliseconds from JVM start to main, for {@code FundingRules.packaged()}, for
 * reading the case, and for the first, second and third {@code evaluate}.
 */
public final class PortalStart {
    public static void main(String[] args) throws Exception {
        long atMain = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        long t0 = System.nanoTime();
        RuleSet rules = FundingRules.packaged();
        long t1 = System.nanoTime();
        var file = FundingRules.readCase(json);
        long t2 = System.nanoTime();
        Evaluation first = rules.evaluate(file);
        long t3 = System.nanoTime();
        rules.evaluate(file);
        long t4 = System.nanoTime();
        rules.evaluate(file);
        long t5 = System.nanoTime();
        System.out.printf("main=%d packaged=%d read=%d first=%d second=%d third=%d outcome=%s%n", atMain,
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), first.outcome());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
