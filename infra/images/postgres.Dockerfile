# PostgreSQL 17 (zonky's binaries, which the tests run too) with logical WAL for the outbox relays, as a user of its own.
FROM local/debian:bookworm
RUN useradd --system --uid 10002 --create-home postgres && mkdir -p /var/lib/postgresql/data \
    && chown postgres /var/lib/postgresql/data
COPY pgsql /opt/pgsql
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
ENV PATH=/opt/pgsql/bin:$PATH PGDATA=/var/lib/postgresql/data
USER postgres
EXPOSE 5432
# zonky's binaries have no pg_isready: the port answering is the health
HEALTHCHECK --interval=5s --timeout=5s --retries=30 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${POSTGRES_PORT:-5432}"]
# SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to leave), as the official image does
STOPSIGNAL SIGINT
ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]
CMD ["postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=20", "-c", "max_wal_senders=20"]
