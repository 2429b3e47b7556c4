package dev.truecoding.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * What one command on people's code may touch, besides reading the system's programs: its workspace and home are
 * writable, so are {@code writable} (npm's download cache for an install, the app's database for a running app);
 * nothing else of the machine is visible. The workspace's {@code node_modules} is the dependency cache's, read-only.
 *
 * @param network     installs download packages and running apps listen on the loopback; builds and tests get none
 * @param longRunning a running app: no CPU-time limit (it would add up over days)
 */
public record Access(Path workspace, Path home, List<Path> writable, boolean network, boolean longRunning) {

    public Access {
        workspace = workspace.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        writable = writable.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Typecheck, test, build: the workspace only, no network. */
    public static Access build(Path workspace, Path home) {
        return new Access(workspace, home, List.of(), false, false);
    }

    /** {@code npm start}: listens on the loopback (the deploy proxy's way in), keeps its database. */
    public static Access serve(Path workspace, Path home, Path database) {
        return new Access(workspace, home, List.of(database), true, true);
    }

    static Access install(Path workspace, Path home, Path npmCache) {
        return new Access(workspace, home, List.of(npmCache), true, false);
    }
}
