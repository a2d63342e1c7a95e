#!/usr/bin/env bash
# Batch harness: generates a JSON Lines file of COUNT applicant cases (seeded CaseGenerator, one applicant per case)
# and judges it with the batch command in a JVM capped at -Xmx1g, then checks that the summary counts every case.
# Prints the summary, the wall time and the peak resident memory (GNU time).
# Usage: bench/batch.sh [COUNT] [THREADS]   (default 100000 cases, threads = processors; builds first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
threads=${2:-$(nproc)}
[ -d target/test-classes/org/fundingrules/bench ] && [ -d target/lib ] || mvn -q -B package -DskipTests
[ -f target/test-classes/org/fundingrules/bench/JsonLines.class ] || mvn -q -B test-compile
in=target/batch-$count.jsonl
out=target/batch-$count-results.jsonl
[ -s "$in" ] || java -cp "target/classes:target/test-classes:target/lib/*" org.fundingrules.bench.JsonLines "$in" "$count"
echo "input: $in ($(wc -l <"$in") lines, $(du -h "$in" | cut -f1))"
uptime
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx1g -cp "target/classes:target/lib/*" org.fundingrules.cli.Main \
  batch "$in" --out "$out" --threads "$threads" | tee target/batch-$count-summary.txt || true
counted=$(sed -n 's/^cases: //p' target/batch-$count-summary.txt)
lines=$(wc -l <"$out")
echo "summary counts $counted cases; $lines result lines"
[ "$counted" = "$count" ] && [ "$lines" = "$count" ]
