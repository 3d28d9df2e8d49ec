package community.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM the devstack started, with its output in a log file and its pid in a file for stale-process cleanup. */
final class ChildProcess {

    final String name;
    final Process process;
    final Path log;
    final long startedNanos = System.nanoTime();
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Path logDir, Path pidDir) {
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(pidDir);
            Path log = logDir.resolve(name + ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            Path pidFile = pidDir.resolve(name + ".pid");
            Files.writeString(pidFile, String.valueOf(p.pid()));
            return new ChildProcess(name, p, log, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** The java that runs the devstack, so every child runs on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped within {@code grace}. */
    void stop(Duration grace) {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> children = handle.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is cleaned up on the next start
        }
    }

    /** Kills processes a previous devstack left behind (it was killed with SIGKILL and could not clean up). */
    static void killLeftovers(Path pidDir) {
        if (!Files.isDirectory(pidDir)) {
            return;
        }
        try (var files = Files.list(pidDir)) {
            for (Path f : files.toList()) {
                try {
                    long pid = Long.parseLong(Files.readString(f).trim());
                    ProcessHandle.of(pid).filter(h -> h.info().command().map(c -> c.contains("java")).orElse(false))
                            .ifPresent(h -> {
                                System.out.println("stopping leftover " + f.getFileName() + " (pid " + pid + ")");
                                h.destroyForcibly();
                            });
                } catch (NumberFormatException e) {
                    // not ours
                }
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
