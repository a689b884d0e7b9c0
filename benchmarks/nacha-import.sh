#!/usr/bin/env bash
# Bulk path benchmark (issue 3): imports a generated NACHA file of debit entries and, alternating
# with it, COPYs the same journal rows into tables shaped like the journal, on the same embedded
# PostgreSQL (durable commits: synchronous_commit on), the same pool and the same number of
# concurrent writers. Prints one JSON line (phase "bulk-nacha-import") with the median ratio of
# the pairs (COPY time / import time); fails if `ledger check` finds a violation afterwards.
#
#   benchmarks/nacha-import.sh [ENTRIES] [PAIRS]      defaults: 100000 entries, 3 pairs
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-100000}"
pairs="${2:-3}"
log="$(mktemp)"
if ! ./mvnw -o -B -q -pl ledger verify \
    -Dtest=NachaImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpremium-ledger.benchmark=true \
    -Dpremium-ledger.benchmark.entries="$entries" \
    -Dpremium-ledger.benchmark.pairs="$pairs" \
    -Daxon.timeout.handler.queries.timeout-ms=900000 \
    -Daxon.timeout.transaction.query-bus.timeout-ms=900000 >"$log" 2>&1; then
  tail -50 "$log" >&2
  echo "benchmark failed; full log: $log" >&2
  exit 1
fi
grep '"phase":"bulk-nacha-import"' "$log"
rm -f "$log"
