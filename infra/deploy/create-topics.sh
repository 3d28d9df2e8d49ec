#!/usr/bin/env bash
# Creates every topic of topics.tsv on an existing cluster with Kafka's own CLI.
# usage: infra/deploy/create-topics.sh BOOTSTRAP [REPLICATION_FACTOR]   (needs kafka-topics.sh on PATH)
set -euo pipefail
bootstrap=${1:?usage: create-topics.sh BOOTSTRAP [REPLICATION_FACTOR]}
rf=${2:-3}
here=$(dirname "$0")
grep -v '^#' "$here/topics.tsv" | while IFS=$'\t' read -r topic partitions _key; do
  kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$rf" --config min.insync.replicas=$(( rf > 1 ? 2 : 1 ))
done
