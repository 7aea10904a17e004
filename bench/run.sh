#!/usr/bin/env bash
# The benchmark, in one command:  bash bench/run.sh
#
# Builds the CRM, and on the first run creates a benchmark database of 100,000 accounts and
# 1,000,000 contacts in data-bench/ (the application creates the schema on a first start, then the
# seeder fills it by batched JDBC while the server is stopped). Then it starts the CRM as the run
# command does (mvn install -Prun), logs in with 16 sessions, measures the Contacts list (first
# page, page 40, a quick search by last-name prefix) and a contact's detail page, then the first
# page and the search again as a user four roles deep who sees 10 % of the contacts (Contacts
# private, a group, 10 sharing rules; set up once by Scheme.java), prints the table
# and the server's peak memory, stops the server, and checks Derby's plans for the list's queries
# (index reads, no sort, no table scan). Exit status 0 when every target is met and every plan is.
#
# Environment: SERVER=wildfly|payara (default wildfly), BENCH_DATA (default data-bench/ at the
# checkout root), ACCOUNTS / CONTACTS (default 100000 / 1000000, used when seeding),
# SEQUENTIAL (200), CONNECTIONS (16), BENCH_SECONDS (20), WARM_UP (120 s of load before measuring),
# SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
server="${SERVER:-wildfly}"
data="${BENCH_DATA:-$root/data-bench}"
accounts="${ACCOUNTS:-100000}"
contacts="${CONTACTS:-1000000}"
mkdir -p "$data"
data="$(cd "$data" && pwd)"

if [ "${SKIP_BUILD:-}" != "1" ]; then
  echo "== Building"
  mvn -q -B install -DskipTests
fi
wildfly_version="$(sed -n "s:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p" pom.xml)"
case "$server" in
  wildfly) home="$root/crm-ear/target/server/wildfly-$wildfly_version"; export WILDFLY_HOME="$home" ;;
  payara) home="$root/crm-ear/target/server/payara6"; export PAYARA_HOME="$home" ;;
  *) echo "SERVER must be wildfly or payara"; exit 2 ;;
esac
export CRM_DATA_DIR="$data"

password_file="$data/bench-admin-password"
if [ ! -f "$password_file" ]; then
  if [ -n "$(ls -A "$data")" ]; then
    echo "$data holds data that the benchmark did not create; give BENCH_DATA an empty or new folder"; exit 2
  fi
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
fi
CRM_ADMIN_PASSWORD="$(cat "$password_file")"
export CRM_ADMIN_PASSWORD

start_server() {
  echo "== Starting $server on $data"
  mvn -q -B install -Prun -pl crm-ear -Drun.action=start -Dserver="$server" -Dcrm.data.dir="$data"
}
stop_server() {
  bash "config/$server/server.sh" stop > /dev/null 2>&1 || true
}
trap stop_server EXIT

if [ ! -f "$data/bench-seed.properties" ]; then
  start_server
  stop_server
  echo "== Seeding $accounts accounts and $contacts contacts"
  java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.enlace.crm.bench.Seed "$data" "$accounts" "$contacts"
fi
if ! grep -q '^scheme=' "$data/bench-seed.properties"; then
  # a first start brings the schema and the default roles up to date, then the server stops
  start_server
  stop_server
  echo "== Security scheme of the restricted user (Contacts private, 10 rules, 10 % of the contacts)"
  java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.enlace.crm.bench.Scheme "$data"
  echo "scheme=1" >> "$data/bench-seed.properties"
fi
first="$(sed -n 's/^contacts.first=//p' "$data/bench-seed.properties")"
last="$(sed -n 's/^contacts.last=//p' "$data/bench-seed.properties")"
seeded="$(sed -n 's/^contacts=//p' "$data/bench-seed.properties")"

start_server
pid="$(pgrep -n -f "java.*$home" || true)"
if [ -z "$pid" ]; then echo "No server process found under $home"; exit 1; fi
case "$server" in wildfly) url="http://127.0.0.1:8080" ;; payara) url="http://127.0.0.1:8080" ;; esac
echo "== Measuring ($seeded seeded contacts; $(nproc) cores; $(date -u +%Y-%m-%d))"
status=0
SCHEME_USER=bench.gerente SCHEME_HIDDEN="$data/bench-scheme-hidden.txt" \
java -cp bench/target/classes org.enlace.crm.bench.Load "$url" admin "$password_file" "$first" "$last" "$pid" \
  "${SEQUENTIAL:-200}" "${CONNECTIONS:-16}" "${BENCH_SECONDS:-20}" "${WARM_UP:-120}" || status=$?
stop_server
echo
echo "== Derby's query plans for the Contacts list (server stopped)"
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.enlace.crm.bench.Plans "$data" || status=$?
echo
echo "== A picklist value deleted with a replacement: its records move (server stopped)"
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.enlace.crm.bench.PicklistMove "$data" || status=$?
exit "$status"
