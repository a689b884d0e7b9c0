#!/usr/bin/env bash
# Projections benchmark (issue 4): freshness under open-loop load, rebuild rate against a plain
# JDBC cursor, and keyset reads against primary-key lookups. Prints one JSON line per phase.
# Sizes: -Dbenchmark.read-payments=1000000 -Dbenchmark.read-accounts=100000
#        -Dbenchmark.rebuild-payments=20000 -Dbenchmark.freshness-seconds=60 -Dbenchmark.samples=2000
# (pass them as arguments: benchmarks/projections.sh -Dbenchmark.read-payments=10000000 ...)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -B -q -pl projections -am verify -Dspotless.check.skip=true \
  -Dtest=ProjectionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="$*" >/tmp/projections-benchmark.log 2>&1 || {
  tail -50 /tmp/projections-benchmark.log
  exit 1
}
grep -h '^BENCHMARK ' /tmp/projections-benchmark.log | sed 's/^BENCHMARK //'
