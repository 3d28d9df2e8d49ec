# One platform service: its Spring Boot jar, run as a user of its own (not root), with its readiness as health.
FROM local/jre:25
ARG SERVICE
ARG PORT
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin platform \
    && mkdir -p /var/lib/community-platform/backups && chown platform /var/lib/community-platform/backups
COPY app.jar /app/app.jar
USER platform
ENV PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=5s --timeout=5s --retries=60 CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
