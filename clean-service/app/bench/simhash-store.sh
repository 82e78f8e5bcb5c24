#!/usr/bin/env bash
# Near-duplicate store cost at 10,000 and 1,000,000 stored fingerprints against the cost of indexing a document.
# Uses ES_PORT/ES_TRANSPORT_PORT like ./pipeline (default 9200/9300) and its own data folder
# (target/simhash-bench-platform). Needs ./mvnw -DskipTests install first. Arguments: stored sizes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
exec ./mvnw -q -B -pl clean-service/app test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.newsflow.clean.app.bench.SimHashStoreBenchmark -Dexec.args="${*:-10000 1000000}"
