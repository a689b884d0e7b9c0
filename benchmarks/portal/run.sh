#!/usr/bin/env bash
# The portal-path benchmark: starts the application on a fresh embedded PostgreSQL, runs
# PortalPathBenchmark (one JSON line), stops the application and runs `ledger check`, which must
# pass or the run fails. Needs the jar: ./mvnw -o -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=workbench-ui/target/premium-ledger.jar
DATA_DIR=${DATA_DIR:-$(mktemp -d /tmp/premium-ledger-bench-portal.XXXXXX)}
PORT=${PORT:-18391}
API_KEY=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

PREMIUM_LEDGER_API_KEYS=$API_KEY java -jar "$JAR" --data-dir "$DATA_DIR" --server.port="$PORT" \
  --logging.level.root=WARN > "$DATA_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://localhost:$PORT/api/v1/openapi"; then break; fi
  sleep 1
done

java -cp "$PG_JAR" benchmarks/portal/PortalPathBenchmark.java "http://localhost:$PORT" "$API_KEY" "$DATA_DIR"

kill $SERVER; wait $SERVER 2>/dev/null || true
trap - EXIT
if ! java -jar "$JAR" ledger check --data-dir "$DATA_DIR" > "$DATA_DIR/ledger-check.txt" 2>&1; then
  echo '{"phase":"ledger-check","ok":false}'
  cat "$DATA_DIR/ledger-check.txt" >&2
  exit 1
fi
echo '{"phase":"ledger-check","ok":true}'
