# The outbox relay's Kafka Connect worker (distributed mode): Connect 4.3 with Debezium's PostgreSQL connector, the
# outbox router and the contracts' CloudEventsTransform (infra/connect's class path), and infra/deploy's connector
# template for its one-shot registration (command register-connectors). Runs as a user of its own.
FROM local/jre:25
RUN useradd --system --uid 10004 --no-create-home --shell /usr/sbin/nologin connect
COPY lib /opt/connect/lib
COPY outbox-connector.template.json /opt/connect/outbox-connector.template.json
COPY connect-entrypoint.sh /usr/local/bin/connect-entrypoint.sh
USER connect
ENV CONNECT_PORT=8083
EXPOSE 8083
HEALTHCHECK --interval=5s --timeout=5s --retries=60 CMD ["sh", "-c", "curl -fsS http://127.0.0.1:${CONNECT_PORT}/connectors > /dev/null"]
ENTRYPOINT ["/usr/local/bin/connect-entrypoint.sh"]
