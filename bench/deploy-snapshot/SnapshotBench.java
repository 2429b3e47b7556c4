import dev.truecoding.deploy.builtin.DatabaseSnapshot;
import dev.truecoding.deploy.builtin.ProjectFiles;
import dev.truecoding.toolchain.Trees;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cost of {@link DatabaseSnapshot} on real PGlite databases (made by run.sh): size, files, and the median of
 * 7 runs (after 2 to warm up) of taking the snapshot (before every switch) and of putting it back (a failed switch;
 * an undo puts a kept one back the same way, by renames). Run with bench/deploy-snapshot/run.sh.
 */
public class SnapshotBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        System.out.printf("%-10s %8s %6s %10s %10s%n", "rows", "MB", "files", "snapshot", "restore");
        for (String rows : List.of("0", "10000", "100000")) {
            Path root = data.resolve("deploy-" + rows);
            ProjectFiles files = new ProjectFiles(root, "p");
            Trees.copy(data.resolve("db-" + rows), files.database(), java.util.Set.of());
            List<Long> take = new ArrayList<>();
            List<Long> restore = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long start = System.nanoTime();
                DatabaseSnapshot snapshot = DatabaseSnapshot.take(files, "d" + i, "d" + (i - 1)).orElseThrow();
                long taken = System.nanoTime();
                snapshot.restore();
                long restored = System.nanoTime();
                if (i >= 2) {
                    take.add(taken - start);
                    restore.add(restored - taken);
                }
            }
            long bytes;
            long count;
            try (Stream<Path> walk = Files.walk(files.database())) {
                List<Path> all = walk.filter(Files::isRegularFile).toList();
                count = all.size();
                bytes = 0;
                for (Path file : all) {
                    bytes += Files.size(file);
                }
            }
            System.out.printf("%-10s %8.1f %6d %8.1fms %8.1fms%n", rows, bytes / 1e6, count, median(take) / 1e6,
                    median(restore) / 1e6);
        }
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
