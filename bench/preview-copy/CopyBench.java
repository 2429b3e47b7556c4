import dev.truecoding.deploy.builtin.DatabaseCopy;
import dev.truecoding.toolchain.Trees;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cost of copying a live app's data (made and served by run.sh): the median of 7 runs (after 2 to warm up) of
 * {@link DatabaseCopy#fromApp} (the app keeps serving) and of {@link DatabaseCopy#ofFolder} (the app stopped: the
 * fallback, its stop and start not counted). Run with bench/preview-copy/run.sh.
 */
public class CopyBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<String> rows = List.of("0", "10000", "100000");
        System.out.printf("%-10s %8s %14s %14s%n", "rows", "MB", "through app", "folder copy");
        for (int r = 0; r < rows.size(); r++) {
            int port = Integer.parseInt(args[1 + r]);
            Path target = data.resolve("copy-" + rows.get(r));
            List<Long> route = new ArrayList<>();
            List<Long> folder = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 9; i++) {
                DatabaseCopy.Copied copied = DatabaseCopy.fromApp(port, "bench", target, Duration.ofMinutes(2));
                bytes = copied.bytes();
                DatabaseCopy.Copied plain = DatabaseCopy.ofFolder(target, data.resolve("folder-" + rows.get(r)));
                if (i >= 2) {
                    route.add(copied.took().toNanos());
                    folder.add(plain.took().toNanos());
                }
            }
            System.out.printf("%-10s %8.1f %12.1fms %12.1fms%n", rows.get(r), bytes / 1e6, median(route) / 1e6,
                    median(folder) / 1e6);
            Trees.delete(target);
        }
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
