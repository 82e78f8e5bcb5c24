#!/usr/bin/env bash
# Full-size hostile-input run (README "Reliability"): 1,000 generated hostile pages plus the poison records on
# every topic through the running pipeline. Prints how each kind ended (indexed / which dead-letter topic), the
# flags, sample reasons, lag and readiness (HOSTILE RUN ...). Takes 5-15 minutes.
#   e2e-tests/scripts/hostile-run.sh [PAGES]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAGES="${1:-1000}"
cd "$ROOT"
# a full-size run starts from an empty test platform: no backlog or consumer offsets left by an earlier run
rm -rf "$ROOT/target/test-platform"
./mvnw -B -q -DskipTests install
./mvnw -B -pl e2e-tests verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileInputIT \
  -Dnewsflow.hostile.pages="$PAGES" | sed -n '/HOSTILE RUN/,/services ready/p;/Tests run:/p;/FAIL/p'
