import java.nio.file.Files;
import java.nio.file.Path;
import org.fundingrules.FundingRules;
import org.fundingrules.RuleSet;

/**
 * How a portal's JVM warms up: in a fresh JVM, the packaged rules, then (when a third argument gives seconds)
 * {@code RuleSet.warmUp} for that long, then N evaluations of one case read from JSON (default 2 000). Prints the
 * warm-up's evaluations and time, the time of chosen evaluations (1 to 5, 10, 20, 50, 100, 200, 500, 1 000, 2 000)
 * and the time since the first began; the warm figure to compare with is the engine's benchmark
 * (docs/PERFORMANCE.md).
 *
 * <pre>
 * javac -d target/startup-bench -cp target/fundingrules-VERSION.jar bench/portal/PortalWarmUp.java
 * java -cp target/startup-bench:target/fundingrules-VERSION.jar PortalWarmUp examples/amulet/case.json [N [SECONDS]]
 * </pre>
 */
public final class PortalWarmUp {
    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        RuleSet rules = FundingRules.packaged();
        StringBuilder out = new StringBuilder();
        if (args.length > 2) {
            long w = System.nanoTime();
            int runs = rules.warmUp(java.time.Duration.ofSeconds(Long.parseLong(args[2])));
            out.append(String.format("warm-up: %d evaluations in %d ms%n", runs, (System.nanoTime() - w) / 1_000_000));
        }
        var file = FundingRules.readCase(json);
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            long t = System.nanoTime();
            rules.evaluate(file);
            long end = System.nanoTime();
            if (i <= 5 || java.util.Set.of(10, 20, 50, 100, 200, 500, 1000, 2000).contains(i)) {
                out.append(String.format("evaluate %d: %.1f ms, %d ms after the first began%n", i,
                        (end - t) / 1e6, (end - start) / 1_000_000));
            }
        }
        System.out.print(out);   // printed at the end: no output while it runs
    }
}
