#!/usr/bin/env bash
# Generation run benchmark: builds True Coding, starts it on the built-in git host, prints each stage's time
# from an approved plan to a committed repository, for a 3-entity and a 20-entity plan (warm dependency cache).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B package -DskipTests
exec java "$@" bench/generation/GenerationBench.java
