package community.platform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory of a process tree, read from /proc (proportional set size, so shared pages count once). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** PSS in KiB of {@code pid} and all its descendants; RSS where smaps_rollup cannot be read; 0 off Linux. */
    static long treeKib(long pid) {
        long total = 0;
        for (long p : tree(pid)) {
            total += kib(p);
        }
        return total;
    }

    static long kib(long pid) {
        Long pss = field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
        if (pss != null) {
            return pss;
        }
        Long rss = field(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
        return rss == null ? 0 : rss;
    }

    private static List<Long> tree(long root) {
        List<Long> result = new ArrayList<>();
        result.add(root);
        ProcessHandle.of(root).ifPresent(h -> h.descendants().forEach(d -> result.add(d.pid())));
        return result;
    }

    private static Long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
