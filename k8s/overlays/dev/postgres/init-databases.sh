#!/usr/bin/env bash
# Run once by the postgres image when it initialises an empty data directory
# (/docker-entrypoint-initdb.d): one database per service, owned by the service's own role (its
# name and password come from the service's Secret), and closed to every other role.
set -euo pipefail

create_database() {
  local database=$1 owner=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database="$database" -v owner="$owner" -v password="$password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database ingest "$INGEST_DB_USERNAME" "$INGEST_DB_PASSWORD"
create_database entity "$ENTITY_DB_USERNAME" "$ENTITY_DB_PASSWORD"
create_database timeline "$TIMELINE_DB_USERNAME" "$TIMELINE_DB_PASSWORD"
