#!/usr/bin/env bash
# Prints what the sandbox adds to starting one command (node -e 0): unconfined and through bubblewrap.
# Needs node and bubblewrap (and a JDK 21+, found by bin/find-jdk).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/sandbox/SandboxBench.java "$@"
