#!/usr/bin/env bash
# Full-size fault run (README "Reliability"): 2,000 pages with faults at random points (each service SIGKILLed
# once, the Kafka broker restarted, Elasticsearch stopped for 30 s), then the same with two replicas of every
# service sharing the partitions. Prints the figures of each run (FAULT RUN ...). Takes 15-30 minutes.
#   e2e-tests/scripts/fault-run.sh [PAGES] [SEED]
# Export your port block first when other platforms run on this machine (KAFKA_PORT, ES_PORT, SERVICE_PORT_BASE, ...).
# Two replicas take SERVICE_PORT_BASE+1..4 and +11..14: keep KAFKA_PORT and ES_PORT out of that range.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAGES="${1:-2000}"
SEED="${2:-$RANDOM}"
cd "$ROOT"
# a full-size run starts from an empty test platform: no backlog or consumer offsets left by an earlier run
rm -rf "$ROOT/target/test-platform"
./mvnw -B -q -DskipTests install
for replicas in 1 2; do
  ./mvnw -B -pl e2e-tests verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultToleranceIT \
    -Dnewsflow.fault.pages="$PAGES" -Dnewsflow.fault.random=true -Dnewsflow.fault.seed="$SEED" -Dnewsflow.fault.replicas="$replicas" \
    | sed -n '/FAULT RUN/,/lag {/p;/Tests run:/p;/FAIL/p'
done
