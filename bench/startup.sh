#!/usr/bin/env bash
# Start-up benchmark (issue 20): see bench/startup.py for what it runs. Builds the jar first if it is missing.
# Usage: bench/startup.sh [ROUNDS]   (BEFORE=/other/checkout adds its commands to the same run; JDK25=/path/to/jdk)
set -euo pipefail
cd "$(dirname "$0")/.."
ls target/fundingrules-*.jar >/dev/null 2>&1 || mvn -q -B package -DskipTests
exec python3 bench/startup.py "$@"
