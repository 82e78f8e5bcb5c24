#!/usr/bin/env bash
# Scores the development sets (../shared/eval/web-eval and zh-news, or $NEWSFLOW_EVAL_DIR): newsflow's clean core
# beside readability4j and boilerpipe on web-eval, clean core on zh-news, with failure examples.
# Usage: clean-service/core/bench/eval.sh [--examples N] [--only web|zh] [--no-baselines] [--dump DIR]
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$module/../.." && pwd)"
export NEWSFLOW_EVAL_DIR="${NEWSFLOW_EVAL_DIR:-$root/../shared/eval}"
cd "$root"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -pl clean-service/core -am install -DskipTests >/dev/null
  ./mvnw -B -q -pl clean-service/core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
fi
cd "$module"
exec java -Xss4m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.newsflow.clean.bench.WebEvalBenchmark "$@"
