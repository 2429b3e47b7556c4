#!/usr/bin/env bash
# Time to first token and per-token overhead through ModelAssistant against a fake OpenAI-compatible server.
# Usage: bench/assistant/run.sh [tokens-per-reply] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  bench/assistant/AssistantStreamBench.java "$@"
