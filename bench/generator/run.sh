#!/usr/bin/env bash
# Without arguments: prints the time of each step of generating an app (render, install cold and warm,
# typecheck, test, build) and its size, for a 3-entity and a 20-entity plan (`run.sh WORK PLAN.json…`: for those
# plans; one naming Tailwind CSS is measured with and without it). Needs node and npm.
# `run.sh coverage [--list]`: prints, per sample plan and in all, the plan items that stay NOT_IMPLEMENTED
# (with --list, each of them); no npm needed.
# Both need a JDK 21+, found by bin/find-jdk.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
if [[ "${1:-}" == "coverage" ]]; then
  shift
  exec java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/generator/CoverageBenchmark.java "$@"
fi
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/generator/GeneratorBenchmark.java "$@"
