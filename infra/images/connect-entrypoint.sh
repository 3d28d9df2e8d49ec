#!/bin/sh
# Without arguments: a Kafka Connect worker (distributed mode) set from CONNECT_* variables (CONNECT_BOOTSTRAP_SERVERS
# is required; the group, its three topics and their replication factor have defaults), with the directory config
# provider so that connectors read secrets from files.
# register-connectors: registers infra/deploy's outbox connector for each of SERVICES with the worker at CONNECT_URL,
# its placeholders filled from DB_HOST, DB_PORT, DB_USER, DB_NAME and DB_SECRETS_DIR (the worker's folder of secret
# files); a connector registered already is left as it is.
set -eu
if [ "${1:-}" = "register-connectors" ]; then
  for service in ${SERVICES:?SERVICES: the services whose outbox to relay}; do
    config=$(sed -e "s|\${SERVICE}|$service|g" -e "s|\${DB_HOST}|${DB_HOST:?}|g" -e "s|\${DB_PORT}|${DB_PORT:-5432}|g" \
      -e "s|\${DB_USER}|${DB_USER:?}|g" -e "s|\${DB_NAME}|${DB_NAME:?}|g" \
      -e "s|\${DB_SECRETS_DIR}|${DB_SECRETS_DIR:-/run/secrets}|g" /opt/connect/outbox-connector.template.json)
    for attempt in $(seq 30); do
      code=$(curl -sS -o /tmp/answer -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        --data "$config" "${CONNECT_URL:?}/connectors" || echo 000)
      if [ "$code" = 201 ]; then echo "registered $service-outbox"; break; fi
      if [ "$code" = 409 ] && grep -q "already exists" /tmp/answer; then echo "$service-outbox was registered already"; break; fi
      # 409 during a rebalance, or the worker not answering yet: try again
      if [ "$attempt" = 30 ]; then echo "registering $service-outbox failed: $code $(cat /tmp/answer 2> /dev/null)" >&2; exit 1; fi
      sleep 2
    done
  done
  exit 0
fi
properties=/tmp/worker.properties
rf=${CONNECT_REPLICATION_FACTOR:-3}
cat > "$properties" <<PROPERTIES
bootstrap.servers=${CONNECT_BOOTSTRAP_SERVERS:?CONNECT_BOOTSTRAP_SERVERS: the Kafka cluster}
group.id=${CONNECT_GROUP_ID:-community-outbox}
config.storage.topic=${CONNECT_CONFIG_STORAGE_TOPIC:-community-outbox-configs}
offset.storage.topic=${CONNECT_OFFSET_STORAGE_TOPIC:-community-outbox-offsets}
status.storage.topic=${CONNECT_STATUS_STORAGE_TOPIC:-community-outbox-status}
config.storage.replication.factor=$rf
offset.storage.replication.factor=$rf
status.storage.replication.factor=$rf
offset.flush.interval.ms=${CONNECT_OFFSET_FLUSH_INTERVAL_MS:-1000}
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.storage.StringConverter
listeners=http://0.0.0.0:${CONNECT_PORT:-8083}
rest.advertised.host.name=${CONNECT_ADVERTISED_HOST:-$(hostname)}
config.providers=directory
config.providers.directory.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider
plugin.discovery=only_scan
PROPERTIES
exec java ${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -cp '/opt/connect/lib/*' org.apache.kafka.connect.cli.ConnectDistributed "$properties"
