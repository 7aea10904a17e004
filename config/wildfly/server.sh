#!/usr/bin/env bash
# Enlace CRM on WildFly. Usage:
#   server.sh configure            configure the unpacked server (configure.cli)
#   server.sh run                  deploy the EAR and run in the foreground (Ctrl-C stops)
#   server.sh start                deploy the EAR, start in the background, wait until deployed
#   server.sh stop                 stop a server started with "start"
# Environment: WILDFLY_HOME, CRM_DATA_DIR, CRM_EAR (run/start), DERBY_DIR (configure),
#              CRM_SMTP_HOST, CRM_SMTP_PORT, CRM_SMTP_FROM, CRM_SMTP_STARTTLS (configure; defaults 127.0.0.1, 25),
#              CRM_SMTP_USER (configure: SMTP sign-in; user and CRM_SMTP_PASSWORD are read from the environment at start),
#              CRM_BASE_URL (configure: the address in mails' links; default http://127.0.0.1:<HTTP port>),
#              PORT_OFFSET (default 0: HTTP 8080, management 9990), CRM_ADMIN_PASSWORD (optional)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${WILDFLY_HOME:?WILDFLY_HOME must point at the unpacked server}"
: "${CRM_DATA_DIR:?CRM_DATA_DIR must name the data folder}"
offset="${PORT_OFFSET:-0}"
mgmt_port=$((9990 + offset))
http_port=$((8080 + offset))
pid_file="$WILDFLY_HOME/standalone/crm.pid"

configure() {
  : "${DERBY_DIR:?DERBY_DIR must hold derby, derbytools and derbyshared jars}"
  mkdir -p "$CRM_DATA_DIR"
  local jars
  jars="$(ls "$DERBY_DIR"/derby*.jar | tr '\n' ':' | sed 's/:$//')"
  local props
  props="$(mktemp)"
  printf 'crm.derby.jars=%s\ncrm.data.dir=%s\ncrm.smtp.host=%s\ncrm.smtp.port=%s\ncrm.smtp.from=%s\ncrm.smtp.starttls=%s\ncrm.base.url=%s\n' \
    "$jars" "$CRM_DATA_DIR" "${CRM_SMTP_HOST:-127.0.0.1}" "${CRM_SMTP_PORT:-25}" "${CRM_SMTP_FROM:-crm@localhost}" "${CRM_SMTP_STARTTLS:-false}" \
    "${CRM_BASE_URL:-http://127.0.0.1:$http_port}" > "$props"
  JAVA_OPTS="-Djboss.server.log.dir=$WILDFLY_HOME/standalone/log" \
    bash "$WILDFLY_HOME/bin/jboss-cli.sh" --resolve-parameter-values --properties="$props" --file="$here/configure.cli"
  rm -f "$props"
  if [ -n "${CRM_SMTP_USER:-}" ]; then
    JAVA_OPTS="-Djboss.server.log.dir=$WILDFLY_HOME/standalone/log" bash "$WILDFLY_HOME/bin/jboss-cli.sh" --file="$here/smtp-auth.cli"
  fi
  echo "WildFly configured: data in $CRM_DATA_DIR"
}

deploy_ear() {
  : "${CRM_EAR:?CRM_EAR must name the EAR to deploy}"
  rm -f "$WILDFLY_HOME"/standalone/deployments/enlace-crm.ear*
  cp "$CRM_EAR" "$WILDFLY_HOME/standalone/deployments/enlace-crm.ear"
}

server_args() {
  echo -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.socket.binding.port-offset="$offset"
}

case "${1:-}" in
  configure) configure ;;
  run)
    deploy_ear
    echo "Enlace CRM will be at http://127.0.0.1:$http_port/crm (portal: /portal). Ctrl-C stops the server."
    # shellcheck disable=SC2046
    exec bash "$WILDFLY_HOME/bin/standalone.sh" $(server_args)
    ;;
  start)
    deploy_ear
    # shellcheck disable=SC2046
    nohup bash "$WILDFLY_HOME/bin/standalone.sh" $(server_args) > "$WILDFLY_HOME/standalone/console.log" 2>&1 &
    echo $! > "$pid_file"
    marker="$WILDFLY_HOME/standalone/deployments/enlace-crm.ear"
    for _ in $(seq 1 240); do
      if [ -f "$marker.deployed" ]; then echo "WildFly serves http://127.0.0.1:$http_port/crm"; exit 0; fi
      if [ -f "$marker.failed" ]; then echo "Deployment failed:"; cat "$marker.failed"; tail -n 80 "$WILDFLY_HOME/standalone/console.log"; exit 1; fi
      sleep 1
    done
    echo "WildFly did not deploy the EAR in time"; tail -n 80 "$WILDFLY_HOME/standalone/console.log"; exit 1
    ;;
  stop)
    bash "$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$mgmt_port" --command=":shutdown" > /dev/null 2>&1 || true
    if [ -f "$pid_file" ]; then
      for _ in $(seq 1 30); do kill -0 "$(cat "$pid_file")" 2>/dev/null || break; sleep 1; done
      rm -f "$pid_file"
    fi
    echo "WildFly stopped"
    ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
