#!/usr/bin/env bash
# Creates the Secrets the development overlay reads, with random values, in namespace NAMESPACE
# (default annals-dev). Secrets that exist already are kept, so it can be run again at any time.
# The password of the development users (reader, editor, admin) is ANNALS_DEV_USER_PASSWORD if set,
# random otherwise; the command printed at the end reads it back.
#
#   k8s/overlays/dev/dev-secrets.sh [NAMESPACE]
set -euo pipefail

NAMESPACE="${1:-annals-dev}"

random() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

create() {
  local name=$1
  shift
  if kubectl --namespace "$NAMESPACE" get secret "$name" >/dev/null 2>&1; then
    echo "kept    $name"
  else
    kubectl --namespace "$NAMESPACE" create secret generic "$name" "$@" >/dev/null
    echo "created $name"
  fi
}

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"

create postgres-superuser --from-literal=password="$(random)"
create ingest-db-app --from-literal=username=ingest --from-literal=password="$(random)"
create entity-db-app --from-literal=username=entity --from-literal=password="$(random)"
create timeline-db-app --from-literal=username=timeline --from-literal=password="$(random)"
create keycloak-admin --from-literal=username=admin --from-literal=password="$(random)"
create ingest-service-oidc --from-literal=client-secret="$(random)"
create keycloak-dev-users --from-literal=password="${ANNALS_DEV_USER_PASSWORD:-$(random)}"

echo "development users' password: kubectl -n $NAMESPACE get secret keycloak-dev-users -o jsonpath='{.data.password}' | base64 -d"
