#!/usr/bin/env bash
# Chat stream benchmark: builds True Coding, starts it against a fake OpenAI-compatible server, prints figures.
# Options as system properties, e.g.: bench/chat/run.sh -Dtokens=2000 -Druns=30 -Dstreams=500
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="$(bin/find-jdk)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -B package -DskipTests
exec java "$@" bench/chat/ChatBench.java
