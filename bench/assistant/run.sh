#!/usr/bin/env bash
# Time to first token and per-token overhead through ModelAssistant against a fake OpenAI-compatible server.
# Usage: bench/assistant/run.sh [tokens-per-reply] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  bench/assistant/AssistantStreamBench.java "$@"
