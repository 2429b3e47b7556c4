#!/usr/bin/env bash
# Iteration benchmark: builds True Coding, starts it, puts a 3-entity app live on the built-in deployer, then times
# a one-field change asked in the iteration chat from apply to the live URL serving it, stage by stage, next to the
# first generation's approved plan → live time. Shares its HTTP helpers with bench/generation (compiled together).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B package -DskipTests
mkdir -p target/bench-iteration
javac -d target/bench-iteration bench/generation/GenerationBench.java bench/iteration/IterationBench.java
exec java -Djdk.httpclient.allowRestrictedHeaders=host -cp target/bench-iteration IterationBench "$@"
