#!/usr/bin/env bash
# Prints the time of each step of generating an app (render, install cold and warm, typecheck, test, build)
# and its size, for a 3-entity and a 20-entity plan. Needs a JDK 21+ (25 here), node and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/generator/GeneratorBenchmark.java "$@"
