#!/usr/bin/env bash
# Starts and stops the servers the integration tests use, through the same config/ scripts as the
# run command: a WildFly for Arquillian (configured only; Arquillian starts it), a WildFly and a
# Payara serving the deployed EAR for the black-box tests. Called by the crm-it build.
set -euo pipefail
: "${ARQ_SMTP_PORT:?}" "${WILDFLY_SMTP_PORT:?}" "${PAYARA_SMTP_PORT:?}"
: "${CONFIG_DIR:?}" "${IT_DIR:?}" "${DERBY_DIR:?}" "${CRM_EAR:?}" "${ARQ_HOME:?}" "${WILDFLY_HOME:?}" "${PAYARA_HOME:?}"

# each server mails to its own SMTP port, where the tests run GreenMail (or nothing, to test an SMTP outage)
wildfly_bb() { WILDFLY_HOME="$WILDFLY_HOME" CRM_DATA_DIR="$IT_DIR/data-wildfly" PORT_OFFSET="$WILDFLY_OFFSET" CRM_SMTP_PORT="$WILDFLY_SMTP_PORT" bash "$CONFIG_DIR/wildfly/server.sh" "$@"; }
payara() { PAYARA_HOME="$PAYARA_HOME" CRM_DATA_DIR="$IT_DIR/data-payara" PORTBASE="$PAYARA_PORTBASE" CRM_SMTP_PORT="$PAYARA_SMTP_PORT" bash "$CONFIG_DIR/payara/server.sh" "$@"; }

case "$1" in
  start)
    # a fresh random administrator password for this run; the tests read it from the file
    if [ ! -s "$ADMIN_PASSWORD_FILE" ]; then
      head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 > "$ADMIN_PASSWORD_FILE"
    fi
    export CRM_ADMIN_PASSWORD
    CRM_ADMIN_PASSWORD="$(cat "$ADMIN_PASSWORD_FILE")"

    # a failed start must not leave servers running: the build stops before post-integration-test
    trap 'bash "$0" stop' ERR
    WILDFLY_HOME="$ARQ_HOME" CRM_DATA_DIR="$IT_DIR/data-arquillian" CRM_SMTP_PORT="$ARQ_SMTP_PORT" bash "$CONFIG_DIR/wildfly/server.sh" configure
    wildfly_bb configure
    wildfly_bb start
    payara configure
    payara start
    ;;
  stop)
    wildfly_bb stop || true
    payara stop || true
    ;;
  *) echo "usage: servers.sh start|stop"; exit 2 ;;
esac
