#!/usr/bin/env bash
# The export benchmark:  bash bench/export.sh
#
# Uses the benchmark database that bench/run.sh creates (data-bench/: 100,000 accounts, 1,000,000
# contacts), starts the CRM as the run command does, signs in as the administrator and exports
# the whole Contactos list to CSV through the list's "Exportar a CSV" button (RUNS times, default
# 2), reading the streamed file to its end. Prints rows, seconds, rows per second and the server's
# memory. Target (issue 7): at least 50,000 rows/s, in bounded memory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data="${BENCH_DATA:-$root/data-bench}"
if [ ! -f "$data/bench-seed.properties" ]; then echo "Run bash bench/run.sh first: it seeds $data"; exit 2; fi
if [ "${SKIP_BUILD:-}" != "1" ]; then mvn -q -B install -DskipTests; fi
wildfly_version="$(sed -n "s:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p" pom.xml)"
export WILDFLY_HOME="$root/crm-ear/target/server/wildfly-$wildfly_version"
export CRM_DATA_DIR="$data"
password_file="$data/bench-admin-password"
CRM_ADMIN_PASSWORD="$(cat "$password_file")"
export CRM_ADMIN_PASSWORD
stop_server() { bash config/wildfly/server.sh stop > /dev/null 2>&1 || true; }
trap stop_server EXIT
mvn -q -B install -Prun -pl crm-ear -Drun.action=start -Dserver=wildfly -Dcrm.data.dir="$data"
pid="$(pgrep -n -f "java.*$WILDFLY_HOME")"
echo "== Exporting every contact ($(nproc) cores; $(date -u +%Y-%m-%d))"
java -Druns="${RUNS:-2}" -cp bench/target/classes org.enlace.crm.bench.Export http://127.0.0.1:8080 admin "$password_file" "$pid"
