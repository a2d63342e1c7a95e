#!/usr/bin/env bash
# Start-up harness: wall time of the CLI from process start to the printed verdicts on the AMULET example,
# measured with hyperfine (Debian package) after warm-up runs that fill the OS file cache.
# Usage: bench/startup.sh   (builds the jar first if it is missing)
# Three commands: the README's java -jar (packaged, precompiled rules), bin/fundingrules (the same with the build's
# class-data archive, serial collector and client compiler), and java -jar with --rules rules (DRL compiled at run time).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
version=$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)   # the project's, first in pom.xml
jar=target/fundingrules-$version.jar   # the library jar by its exact name, never the -kit jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
[ -f target/fundingrules.jsa ] || echo "note: no target/fundingrules.jsa (built with -Dcds.skip?): bin/fundingrules runs without it" >&2
# exit code 1 is expected: the example holds one non-compliant third party
hyperfine --warmup 3 --runs "${RUNS:-20}" -i --export-markdown target/startup.md \
  "java -jar $jar evaluate examples/amulet/case.json" \
  "bin/fundingrules evaluate examples/amulet/case.json" \
  "java -jar $jar evaluate examples/amulet/case.json --rules rules"
nproc; java -version 2>&1 | head -1
