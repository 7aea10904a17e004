#!/usr/bin/env bash
# The mail benchmark:  bash bench/mail.sh
#
# Runs crm-it's MailBench inside the managed WildFly the integration tests use (Derby, GreenMail
# on 127.0.0.1 in the same server): 1,000 account saves whose new owner is notified against
# 1,000 whose new owner is not (what queuing adds to the business transaction), 10,000 mails
# queued in one transaction (time per mail), then the time the sender takes to deliver them
# (mails per second). Prints the table. Targets (issue 6): queuing adds at most 2 ms, drain at
# least 50 mails/s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  mvn -q -B install -DskipTests
fi
out="$root/crm-it/target/it/arquillian/mail-bench.txt"
rm -f "$out"
mvn -q -B verify -pl crm-it -Dit.test=MailBench -Dspotless.check.skip=true
cat "$out"
