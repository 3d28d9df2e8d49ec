# The JRE every Java image starts from: the base system, the JDK bin/java-home found on the build machine (>= 21;
# Debian bookworm has none), the fonts the result charts are drawn with, and curl for health checks.
FROM local/debian:bookworm
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends fontconfig fonts-dejavu-core curl \
        ca-certificates && rm -rf /var/lib/apt/lists/*
COPY jdk /opt/java
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:$PATH
RUN java -version
