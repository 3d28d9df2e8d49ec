# Kafka 4.3 (KRaft, one node) from the broker's Maven jars, the same broker the tests and the devstack run; it listens
# on KAFKA_PORT (9092; its controller on KAFKA_CONTROLLER_PORT, 9093) and advertises 127.0.0.1: for host networking.
FROM local/jre:25
RUN useradd --system --uid 10003 --no-create-home --shell /usr/sbin/nologin kafka && mkdir -p /var/lib/kafka/data \
    && chown kafka /var/lib/kafka/data
COPY lib /opt/kafka/lib
USER kafka
ENV KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093
EXPOSE 9092
ENTRYPOINT ["sh", "-c", "exec java -Xmx512m -XX:+UseSerialGC -cp '/opt/kafka/lib/*' community.platform.testkit.KafkaBroker /var/lib/kafka/data $KAFKA_PORT $KAFKA_CONTROLLER_PORT"]
HEALTHCHECK --interval=5s --timeout=5s --retries=30 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${KAFKA_PORT}"]
