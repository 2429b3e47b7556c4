import dev.truecoding.toolchain.Access;
import dev.truecoding.toolchain.SandboxSettings;
import dev.truecoding.toolchain.Toolchain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the sandbox costs per command: {@code node -e 0} started directly (TRUECODING_SANDBOX=off) and through
 * bubblewrap, median and p90 of 30 runs each after 5 to warm up. Run with bench/sandbox/run.sh.
 */
public class SandboxBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-sandbox").toAbsolutePath();
        Path workspace = Files.createDirectories(data.resolve("workspace"));
        Path home = Files.createDirectories(data.resolve("home"));
        Access access = Access.build(workspace, home);
        SandboxSettings confined = SandboxSettings.defaults();
        SandboxSettings off = new SandboxSettings("off", confined.uid(), confined.gid(), confined.maxProcesses(),
                confined.cpuTime(), confined.maxFileMb(), confined.buildHeapMb());
        Toolchain sandboxed = new Toolchain(data, confined);
        System.out.println("sandbox: " + sandboxed.sandbox().describe());
        System.out.printf("%-12s %10s %10s%n", "", "median", "p90");
        print("unconfined", new Toolchain(data, off), access);
        print("bubblewrap", sandboxed, access);
    }

    private static void print(String name, Toolchain toolchain, Access access) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            long start = System.nanoTime();
            Toolchain.Run run = toolchain.run(access, Duration.ofSeconds(30), List.of("node", "-e", "0"));
            if (!run.ok()) {
                throw new IllegalStateException(run.output());
            }
            if (i >= 5) {
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf("%-12s %8.1fms %8.1fms%n", name, micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 9 / 10) / 1000.0);
    }
}
