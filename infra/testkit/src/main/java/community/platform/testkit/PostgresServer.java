package community.platform.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL on loopback (zonky's packaged binaries), with logical replication on for Debezium and durable
 * commits (zonky's defaults turn fsync and synchronous_commit off). Data and port are kept across restarts.
 */
public final class PostgresServer implements Postgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;
    private Optional<ProcessHandle> postmaster = Optional.empty();

    private PostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public static PostgresServer start(Path dataDir, int port) {
        PostgresServer server = new PostgresServer(dataDir, port);
        server.start();
        return server;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        stopLeftover();
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "40")
                    .setServerConfig("max_wal_senders", "40")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("wal_sender_timeout", "10s")
                    .start();
            postmaster = readPostmasterPid();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
        // pg_ctl gives up waiting after 5 s while a shutdown checkpoint may still be running: wait it out, so the
        // port and the data folder are free when this returns
        postmaster.ifPresent(p -> {
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                p.destroyForcibly();
            }
        });
    }

    /** The postmaster started last, captured at start (zonky's own shutdown hook may remove its pid file early). */
    public Optional<ProcessHandle> postmaster() {
        return postmaster;
    }

    /**
     * A postmaster still running on this data folder (its owner was killed with SIGKILL) would keep the new one from
     * starting: stop it first.
     */
    private void stopLeftover() {
        readPostmasterPid().filter(ProcessHandle::isAlive).ifPresent(h -> {
            System.out.println("stopping leftover postgresql (pid " + h.pid() + ")");
            h.destroy();
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                h.destroyForcibly();
            }
        });
    }

    private Optional<ProcessHandle> readPostmasterPid() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
            return ProcessHandle.of(pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

}
