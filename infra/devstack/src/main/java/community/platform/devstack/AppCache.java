package community.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * Unpacks a service's executable jar once per build (Spring Boot's {@code jarmode=tools extract}) so the JVM can keep a
 * class-data-sharing archive of it beside it: the first start writes the archive when the service stops, every later
 * start loads its classes from it, which on two cores shortens the devstack's start-up a lot.
 */
final class AppCache {

    private AppCache() {
    }

    /** The runnable jar of the unpacked application, unpacking again when the built jar is newer. */
    static Path prepare(Path execJar, Path dir) {
        try {
            Path stamp = dir.resolve(".source-mtime");
            FileTime built = Files.getLastModifiedTime(execJar);
            String wanted = execJar + "@" + built.toMillis();
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(wanted)) {
                deleteTree(dir);
                Files.createDirectories(dir);
                Process p = new ProcessBuilder(ChildProcess.java(), "-Djarmode=tools", "-jar", execJar.toString(), "extract",
                        "--destination", dir.resolve("app").toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("extract.log").toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("cannot unpack " + execJar + "; see " + dir.resolve("extract.log"));
                }
                Files.writeString(stamp, wanted);
            }
            try (var files = Files.list(dir.resolve("app"))) {
                return files.filter(f -> f.toString().endsWith(".jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no jar after unpacking " + execJar));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path archive(Path appJar) {
        return appJar.getParent().getParent().resolve("classes.jsa");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
