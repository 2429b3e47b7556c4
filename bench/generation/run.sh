#!/usr/bin/env bash
# Pipeline benchmark: builds True Coding, starts it, prints each stage's time from an approved plan to a committed
# repository and on to a live URL on the built-in deployer (3 and 20 entities; cold, then warm cache; a redeploy).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B package -DskipTests
exec java "$@" bench/generation/GenerationBench.java
