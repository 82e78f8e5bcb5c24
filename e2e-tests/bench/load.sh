#!/usr/bin/env bash
# The pipeline under load with its baselines in the same run: see PipelineLoadBenchmark and the README's
# "Benchmarks" section. Arguments: [pages, default 5000] [loopback hosts, default 50], or "producers" for the
# producers' speed alone (push and POST /urls, three rounds, only Kafka and ingest-service running).
# Environment: BENCH_WARM_ROUNDS (default 90: warm-up rounds of 400 pages, fewer once the JIT takes under
# BENCH_WARM_JIT_SHARE of the CPU, default 0.1), BENCH_JFR=DIR (a JFR recording of every service during the
# full-speed phase), SERVICE_JAVA_OPTS (added to the services' JVM options, e.g. to compare -XX:TieredStopAtLevel=1).
# Ports as for ./pipeline (KAFKA_PORT, ES_PORT, SERVICE_PORT_BASE, SEED_PORT, ...); data in e2e-tests/target/load-platform.
# Needs the services built: ./mvnw -B -DskipTests install
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec ./mvnw -q -B -pl e2e-tests test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.newsflow.e2e.bench.PipelineLoadBenchmark -Dexec.args="${1:-5000} ${2:-50}"
