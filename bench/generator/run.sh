#!/usr/bin/env bash
# Prints the time of each step of generating an app (render, install cold and warm, typecheck, test, build)
# and its size, for a 3-entity and a 20-entity plan. Needs node and npm (and a JDK 21+, found by bin/find-jdk).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/generator/GeneratorBenchmark.java "$@"
