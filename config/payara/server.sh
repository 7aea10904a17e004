#!/usr/bin/env bash
# Enlace CRM on Payara 6. Usage:
#   server.sh configure    create the domain "crm" and configure it (configure.asadmin)
#   server.sh run          start, deploy the EAR, follow the log (Ctrl-C stops the server)
#   server.sh start        start and deploy, then return
#   server.sh stop         stop the domain
#   server.sh restore      undo configure.asadmin on the domain
# Environment: PAYARA_HOME, CRM_DATA_DIR, CRM_EAR (run/start), DERBY_DIR (configure),
#              CRM_SMTP_HOST, CRM_SMTP_PORT, CRM_SMTP_FROM, CRM_SMTP_STARTTLS (configure; defaults 127.0.0.1, 25),
#              CRM_SMTP_USER (configure: SMTP sign-in; CRM_SMTP_PASSWORD is read from the environment at start),
#              CRM_BASE_URL (configure: the address in mails' links; default http://127.0.0.1:<HTTP port>),
#              PORTBASE (default 8000: HTTP 8080, admin console 8048), CRM_ADMIN_PASSWORD (optional)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME must point at the unpacked payara6 folder}"
: "${CRM_DATA_DIR:?CRM_DATA_DIR must name the data folder}"
portbase="${PORTBASE:-8000}"
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
domain=crm
asadmin() { bash "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$admin_port" "$@"; }
log="$PAYARA_HOME/glassfish/domains/$domain/logs/server.log"

run_file() {
  local file
  file="$(mktemp)"
  local base_url smtp_auth=""
  # asadmin separates options with ':'; a colon inside a value is written \:
  # (asadmin's multimode file reader takes one backslash away, hence two in the file)
  base_url="$(printf '%s' "${CRM_BASE_URL:-http://127.0.0.1:$http_port}" | sed 's/:/'"\\\\\\\\"':/g')"
  if [ -n "${CRM_SMTP_USER:-}" ]; then smtp_auth=':mail-smtp-auth=true:mail-smtp-password=${ENV=CRM_SMTP_PASSWORD}'; fi
  sed -e "s|@DATA_DIR@|$CRM_DATA_DIR|g" -e "s|@SMTP_HOST@|${CRM_SMTP_HOST:-127.0.0.1}|g" -e "s|@SMTP_PORT@|${CRM_SMTP_PORT:-25}|g" \
      -e "s|@SMTP_FROM@|${CRM_SMTP_FROM:-crm@localhost}|g" -e "s|@SMTP_STARTTLS@|${CRM_SMTP_STARTTLS:-false}|g" \
      -e "s|@SMTP_USER@|${CRM_SMTP_USER:-crm}|g" -e "s|@SMTP_AUTH@|$smtp_auth|g" -e "s|@BASE_URL@|$base_url|g" "$1" > "$file"
  local out
  out="$(asadmin multimode --file "$file" 2>&1)" || true
  rm -f "$file"
  echo "$out"
  # multimode goes on after a failed command: stop here instead of running half-configured
  if echo "$out" | grep -qE "^Command .* failed|not found"; then
    echo "Payara configuration failed (see above)" >&2
    return 1
  fi
}

configure() {
  : "${DERBY_DIR:?DERBY_DIR must hold derby, derbytools and derbyshared jars}"
  mkdir -p "$CRM_DATA_DIR"
  bash "$PAYARA_HOME/bin/asadmin" --interactive=false delete-domain "$domain" > /dev/null 2>&1 || true
  bash "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain"
  cp "$DERBY_DIR"/derby*.jar "$PAYARA_HOME/glassfish/domains/$domain/lib/"
  asadmin start-domain "$domain"
  run_file "$here/configure.asadmin"
  asadmin stop-domain "$domain"
  echo "Payara configured: domain $domain, data in $CRM_DATA_DIR"
}

start_and_deploy() {
  : "${CRM_EAR:?CRM_EAR must name the EAR to deploy}"
  asadmin start-domain "$domain"
  asadmin deploy --force=true --name enlace-crm "$CRM_EAR"
  echo "Payara serves http://127.0.0.1:$http_port/crm"
}

case "${1:-}" in
  configure) configure ;;
  start) start_and_deploy ;;
  run)
    trap 'asadmin stop-domain "$domain"; exit 0' INT TERM
    start_and_deploy
    echo "Enlace CRM is at http://127.0.0.1:$http_port/crm (portal: /portal). Ctrl-C stops the server."
    tail -n +1 -F "$log" &
    wait $!
    ;;
  stop) asadmin stop-domain "$domain" || true ;;
  restore)
    asadmin start-domain "$domain"
    run_file "$here/restore.asadmin"
    asadmin stop-domain "$domain"
    ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
