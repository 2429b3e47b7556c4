package dev.truecoding.deploy;

import dev.truecoding.deploy.builtin.AppProcess;
import dev.truecoding.deploy.builtin.BoundedLog;
import dev.truecoding.deploy.builtin.BuildCommands;
import dev.truecoding.deploy.builtin.Builder;
import dev.truecoding.deploy.builtin.LogExcerpt;
import dev.truecoding.deploy.builtin.ProcessTree;
import dev.truecoding.deploy.builtin.ProjectFiles;
import dev.truecoding.deploy.builtin.ProjectFiles.BuildRecord;
import dev.truecoding.deploy.builtin.ProjectFiles.CurrentRecord;
import dev.truecoding.deploy.builtin.Routes;
import dev.truecoding.deploy.builtin.Trees;
import dev.truecoding.generation.DependencyCache;
import dev.truecoding.system.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded deployer. {@link #deploy} builds a committed tree ({@code building}), starts it on a loopback
 * port with its own database in the data directory and health-checks it ({@code deploying}), then switches the
 * project's production URL to it and stops the previous process ({@code ready}). A failed build or health
 * check ends in ERROR with a log excerpt while the previous deployment keeps serving.
 *
 * <p>Builds wait for one of {@code concurrent-builds} slots ({@code queued}); deploys of one project run one at
 * a time. Live apps are recorded on disk and started again by {@link #restore}; {@link #close} stops them all.
 *
 * <p>The app's embedded database (PGlite) allows one process at a time, so the new process is checked on
 * {@code /} (which needs no database) while the old one serves; then requests are held for a moment, the old
 * process stops, and the new one is checked on an API route (which opens and migrates the database) before
 * requests are let through to it. If that check fails, the previous build is started again.
 */
public class BuiltInDeployer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BuiltInDeployer.class);
    private static final int EXCERPT_CHARS = 6000;

    private record Running(String slug, AppProcess app, CurrentRecord record) {
    }

    /** A deploy in flight, for {@link #cancel}. */
    private static final class Job {
        volatile boolean canceled;
        volatile BuildCommands commands;
    }

    private final Path root;
    private final DeploySettings settings;
    private volatile int serverPort;
    private final Builder builder;
    private final Routes routes = new Routes();
    private final Semaphore buildSlots;
    private final ConcurrentHashMap<String, ReentrantLock> projectLocks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Job>> jobs = new ConcurrentHashMap<>();
    /** Every app process not yet stopped, live or still being checked: {@link #close} stops them all. */
    private final Set<AppProcess> processes = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param serverPort True Coding's own port, which the production URLs use unless a public port is set */
    public BuiltInDeployer(Path dataDir, DeploySettings settings, DependencyCache cache, int serverPort) {
        this(dataDir, settings, Builder.Installer.of(cache), serverPort);
    }

    /** With another way to install dependencies (tests of apps that have none). */
    BuiltInDeployer(Path dataDir, DeploySettings settings, Builder.Installer installer, int serverPort) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("deploy");
        this.settings = settings;
        this.serverPort = serverPort;
        this.builder = new Builder(installer);
        this.buildSlots = new Semaphore(settings.concurrentBuilds(), true);
    }

    Routes routes() {
        return routes;
    }

    /** True Coding's port once the web server has one (tests start on a random port). */
    void serverPort(int port) {
        this.serverPort = port;
    }

    /** The stable production URL of a slug, e.g. {@code http://tiny-blog-9x2k1q.localhost:8080/}. */
    public String productionUrl(String slug) {
        int port = settings.publicPort() > 0 ? settings.publicPort() : serverPort;
        boolean defaultPort = port == 80 && settings.publicScheme().equals("http")
                || port == 443 && settings.publicScheme().equals("https");
        return settings.publicScheme() + "://" + slug + "." + settings.baseDomain() + (defaultPort ? "" : ":" + port) + "/";
    }

    public DeployOutcome deploy(DeployTarget target, Path sourceTree, String commitSha, DeployListener listener) {
        return deploy(target, sourceTree, commitSha, null, listener);
    }

    /**
     * Builds and deploys {@code sourceTree} (the files of {@code commitSha}, checked out; not changed).
     *
     * @param builtWorkspace a workspace already installed and built from the same commit (validation's), copied
     *                       instead of building again; null to build (or reuse an earlier build of the commit)
     */
    public DeployOutcome deploy(DeployTarget target, Path sourceTree, String commitSha, Path builtWorkspace,
                                DeployListener listener) {
        String projectId = target.projectId();
        String id = Ids.newId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, id, new BoundedLog(files.buildLog(id), logLimitBytes()));
        Job job = new Job();
        jobs.computeIfAbsent(projectId, k -> ConcurrentHashMap.newKeySet()).add(job);
        ReentrantLock lock = projectLocks.computeIfAbsent(projectId, k -> new ReentrantLock());
        boolean locked = false;
        try {
            locked = await(() -> lock.tryLock(300, TimeUnit.MILLISECONDS), job, progress,
                    "Waiting for this project's previous deploy to finish");
            if (!locked) {
                return canceled(progress);
            }
            String owner = routes.projectOf(target.slug());
            if (owner != null && !owner.equals(projectId)) {
                return failed(progress, "The address " + productionUrl(target.slug()) + " belongs to another project.", "");
            }
            BuildRecord record = new BuildRecord(id, target.slug(), commitSha, Instant.now(), false);
            files.save(record);
            Builder.Result built = build(files, record, sourceTree, builtWorkspace, job, progress);
            if (built.canceled() || job.canceled) {
                Trees.delete(files.buildDir(id));
                return canceled(progress);
            }
            if (!built.ok()) {
                Trees.delete(files.buildDir(id));
                return failed(progress, built.message(), progress.buildLog.tail(logLimitBytes()));
            }
            record = new BuildRecord(id, target.slug(), commitSha, record.createdAt(), true);
            files.save(record);
            DeployOutcome outcome = activate(target, record, progress, job);
            if (outcome.ready()) {
                prune(files, projectId);
            }
            return outcome;
        } catch (IOException e) {
            log.warn("Deploy {} of project {} failed", id, projectId, e);
            return failed(progress, "The deploy failed: " + e.getMessage(), progress.buildLog.tail(logLimitBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return canceled(progress);
        } finally {
            if (locked) {
                lock.unlock();
            }
            jobs.getOrDefault(projectId, Set.of()).remove(job);
        }
    }

    private Builder.Result build(ProjectFiles files, BuildRecord record, Path sourceTree, Path builtWorkspace, Job job,
                                 Progress progress) throws IOException, InterruptedException {
        if (!await(() -> buildSlots.tryAcquire(300, TimeUnit.MILLISECONDS), job, progress,
                "Waiting for a build slot (" + settings.concurrentBuilds() + " at a time)")) {
            return new Builder.Result(false, true, "Canceled.");
        }
        try {
            progress.stage(DeployStage.BUILDING, "Building commit " + shortSha(record.commitSha()));
            BuildCommands commands = new BuildCommands(settings.buildTimeout(), Builder.environment(files.home()),
                    progress::line);
            job.commands = commands;
            if (job.canceled) {
                commands.cancel();
            }
            Path buildDir = files.buildDir(record.deploymentId());
            Path reusable = reusable(files, builtWorkspace, record.commitSha());
            return reusable != null ? builder.reuse(reusable, buildDir, commands, progress::line)
                    : builder.build(sourceTree, buildDir, newestBuild(files), commands, settings.buildTimeout(),
                    progress::line);
        } finally {
            buildSlots.release();
        }
    }

    /** A tree already built from this commit: the one handed in, else the newest such build of the project. */
    private Path reusable(ProjectFiles files, Path builtWorkspace, String commitSha) throws IOException {
        if (Builder.isBuilt(builtWorkspace)) {
            return builtWorkspace;
        }
        for (BuildRecord earlier : files.builds()) {
            if (earlier.built() && commitSha != null && commitSha.equals(earlier.commitSha())
                    && Builder.isBuilt(files.buildDir(earlier.deploymentId()))) {
                return files.buildDir(earlier.deploymentId());
            }
        }
        return null;
    }

    /** The project's newest kept build, whose compiler cache speeds up the next build; null if none. */
    private static Path newestBuild(ProjectFiles files) throws IOException {
        return files.builds().stream().filter(BuildRecord::built).map(b -> files.buildDir(b.deploymentId()))
                .filter(Builder::isBuilt).findFirst().orElse(null);
    }

    /** Starts a build, checks it and switches the route to it (see the class comment for the order). */
    private DeployOutcome activate(DeployTarget target, BuildRecord record, Progress progress, Job job)
            throws IOException, InterruptedException {
        String projectId = target.projectId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        progress.stage(DeployStage.DEPLOYING, "Starting the app");
        AtomicBoolean starting = new AtomicBoolean(true);
        AppProcess app = start(files, record.deploymentId(), line -> {
            if (starting.get()) {
                progress.line(line);
            }
        });
        String failure = app.awaitOk("/", settings.healthCheckTimeout());
        if (failure == null && job != null && job.canceled) {
            stop(app);
            return canceled(progress);
        }
        if (failure != null) {
            stop(app);
            return failed(progress, "The app did not start: " + failure, runLogTail(files, record.deploymentId()));
        }
        Running previous = running.get(projectId);
        progress.stage(DeployStage.DEPLOYING, previous == null ? "Checking the app's API"
                : "Switching: stopping the previous deployment, checking the new one's API");
        routes.hold(target.slug(), projectId);
        if (previous != null) {
            stop(previous.app());
            if (!previous.slug().equals(target.slug())) {
                routes.remove(previous.slug());
            }
        }
        String api = AppProcess.apiHealthPath(files.buildDir(record.deploymentId()));
        failure = api == null ? null : app.awaitOk(api, settings.healthCheckTimeout());
        if (failure != null) {
            stop(app);
            running.remove(projectId);
            String excerpt = runLogTail(files, record.deploymentId());
            if (previous == null || !bringBack(projectId, previous.record())) {
                routes.remove(target.slug());
            }
            return failed(progress, "The app's API did not answer: " + failure, excerpt);
        }
        goLive(projectId, files, new CurrentRecord(record.deploymentId(), target.slug(), record.commitSha(), app.port(),
                app.pid(), files.buildDir(record.deploymentId()).toString(), Instant.now()), app);
        starting.set(false);
        String url = productionUrl(target.slug());
        progress.emit(DeployStage.READY, "Live at " + url, url);
        return new DeployOutcome(DeployOutcome.Status.READY, record.deploymentId(), url,
                "Commit " + shortSha(record.commitSha()) + " is live", "");
    }

    private void goLive(String projectId, ProjectFiles files, CurrentRecord current, AppProcess app) throws IOException {
        routes.set(current.slug(), projectId, app.port());
        running.put(projectId, new Running(current.slug(), app, current));
        files.saveCurrent(current);
    }

    /** Starts a recorded deployment again (rollback of a failed switch, or after a restart); false if it fails. */
    private boolean bringBack(String projectId, CurrentRecord record) throws InterruptedException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Path dir = Path.of(record.buildDir());
        if (closed || !Builder.isBuilt(dir)) {
            return false;
        }
        routes.hold(record.slug(), projectId);
        try {
            AppProcess app = start(files, record.deploymentId(), line -> {
            });
            String api = AppProcess.apiHealthPath(dir);
            String failure = app.awaitOk("/", settings.healthCheckTimeout());
            if (failure == null && api != null) {
                failure = app.awaitOk(api, settings.healthCheckTimeout());
            }
            if (failure != null) {
                log.warn("Deployment {} of project {} did not start again: {}", record.deploymentId(), projectId, failure);
                stop(app);
                routes.remove(record.slug());
                return false;
            }
            goLive(projectId, files, new CurrentRecord(record.deploymentId(), record.slug(), record.commitSha(),
                    app.port(), app.pid(), record.buildDir(), Instant.now()), app);
            return true;
        } catch (IOException e) {
            log.warn("Deployment {} of project {} did not start again", record.deploymentId(), projectId, e);
            routes.remove(record.slug());
            return false;
        }
    }

    private AppProcess start(ProjectFiles files, String deploymentId, java.util.function.Consumer<String> also)
            throws IOException {
        BoundedLog runLog = new BoundedLog(files.runLog(deploymentId), logLimitBytes());
        var env = new java.util.LinkedHashMap<>(dev.truecoding.deploy.builtin.CleanEnvironment.base(files.home()));
        env.put("NODE_ENV", "production");
        env.put("PGLITE_DATA_DIR", files.database().toString());
        env.put("NODE_OPTIONS", "--max-old-space-size=" + settings.memoryLimitMb());
        AppProcess app = AppProcess.start(files.buildDir(deploymentId), env, line -> {
            runLog.append(line);
            also.accept(line);
        });
        processes.add(app);
        if (closed) {
            stop(app);
            throw new IOException("True Coding is stopping");
        }
        return app;
    }

    private void stop(AppProcess app) {
        app.stop(settings.stopTimeout());
        processes.remove(app);
    }

    /**
     * Puts an earlier, still-kept build of the project live again (rollback), with the same checks as a deploy.
     */
    public DeployOutcome switchTo(String projectId, String deploymentId, DeployListener listener) {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, deploymentId, new BoundedLog(files.buildLog(deploymentId), logLimitBytes()));
        ReentrantLock lock = projectLocks.computeIfAbsent(projectId, k -> new ReentrantLock());
        lock.lock();
        try {
            Optional<BuildRecord> record = files.build(deploymentId);
            if (record.isEmpty() || !record.get().built() || !Builder.isBuilt(files.buildDir(deploymentId))) {
                return failed(progress, "Deployment " + deploymentId + " is no longer kept: deploy its commit again.", "");
            }
            Running live = running.get(projectId);
            String slug = live != null ? live.slug() : record.get().slug();
            return activate(new DeployTarget(projectId, slug), record.get(), progress, null);
        } catch (IOException e) {
            return failed(progress, "Switching failed: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return canceled(progress);
        } finally {
            lock.unlock();
        }
    }

    /** Cancels the project's deploys that are queued or building (their build processes are stopped). */
    public boolean cancel(String projectId) {
        // A snapshot: a canceled deploy removes itself from the live set as soon as its build stops.
        List<Job> inFlight = List.copyOf(jobs.getOrDefault(projectId, Set.of()));
        for (Job job : inFlight) {
            job.canceled = true;
            BuildCommands commands = job.commands;
            if (commands != null) {
                commands.cancel();
            }
        }
        return !inFlight.isEmpty();
    }

    /** Takes the project offline: its app stops, its URL answers 404 and it is not started again on restart. */
    public void stop(String projectId) {
        ReentrantLock lock = projectLocks.computeIfAbsent(projectId, k -> new ReentrantLock());
        lock.lock();
        try {
            Running live = running.remove(projectId);
            if (live != null) {
                routes.remove(live.slug());
                stop(live.app());
            }
            new ProjectFiles(root, projectId).clearCurrent();
        } catch (IOException e) {
            log.warn("Could not forget the live deployment of project {}", projectId, e);
        } finally {
            lock.unlock();
        }
    }

    public Optional<LiveApp> live(String projectId) {
        return Optional.ofNullable(running.get(projectId)).map(r -> new LiveApp(projectId, r.slug(),
                r.record().deploymentId(), r.record().commitSha(), r.app().port(), productionUrl(r.slug()), r.record().since()));
    }

    /** The project's kept builds, newest first. */
    public List<BuildInfo> builds(String projectId) throws IOException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        String liveId = Optional.ofNullable(running.get(projectId)).map(r -> r.record().deploymentId()).orElse(null);
        return files.builds().stream().map(b -> new BuildInfo(b.deploymentId(), b.commitSha(), b.createdAt(),
                b.built() && Builder.isBuilt(files.buildDir(b.deploymentId())), b.deploymentId().equals(liveId))).toList();
    }

    /** The build log of a deployment (its last {@code log-limit-kib}); it grows while the build runs. */
    public Path buildLog(String projectId, String deploymentId) {
        return new ProjectFiles(root, projectId).buildLog(deploymentId);
    }

    /** What the running app printed (its last {@code log-limit-kib}). */
    public Path runLog(String projectId, String deploymentId) {
        return new ProjectFiles(root, projectId).runLog(deploymentId);
    }

    /**
     * Starts every app recorded as live, one after the other (each needs memory and CPU to start), after
     * stopping processes a previous True Coding left running under the data directory (kill -9).
     */
    public void restore() throws IOException, InterruptedException {
        for (ProcessHandle orphan : ProcessTree.runningUnder(root)) {
            log.info("Stopping process {} left running by a previous True Coding", orphan.pid());
            ProcessTree.stop(orphan, settings.stopTimeout());
        }
        for (String projectId : ProjectFiles.projectIds(root)) {
            Optional<CurrentRecord> current = new ProjectFiles(root, projectId).current();
            if (current.isPresent() && !running.containsKey(projectId) && !closed) {
                routes.hold(current.get().slug(), projectId);
            }
        }
        for (String projectId : ProjectFiles.projectIds(root)) {
            Optional<CurrentRecord> current = new ProjectFiles(root, projectId).current();
            if (current.isEmpty() || running.containsKey(projectId) || closed) {
                continue;
            }
            ReentrantLock lock = projectLocks.computeIfAbsent(projectId, k -> new ReentrantLock());
            lock.lock();
            try {
                if (bringBack(projectId, current.get())) {
                    log.info("Project {} is live again at {}", projectId, productionUrl(current.get().slug()));
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Stops every app and build; the live ones start again on the next {@link #restore}. */
    @Override
    public void close() {
        closed = true;
        jobs.keySet().forEach(this::cancel);
        running.values().forEach(live -> routes.remove(live.slug()));
        List<Thread> stopping = new ArrayList<>();
        for (AppProcess app : List.copyOf(processes)) {
            stopping.add(Thread.ofVirtual().start(() -> stop(app)));
        }
        for (Thread thread : stopping) {
            try {
                thread.join(settings.stopTimeout().plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }

    /** Keeps the newest {@code kept-builds} builds (and failed attempts' logs) and the live one. */
    private void prune(ProjectFiles files, String projectId) throws IOException {
        String liveId = Optional.ofNullable(running.get(projectId)).map(r -> r.record().deploymentId()).orElse("");
        int built = 0;
        int failed = 0;
        for (BuildRecord record : files.builds()) {
            int newer = record.built() ? ++built : ++failed;
            if (newer > settings.keptBuilds() && !record.deploymentId().equals(liveId)) {
                files.delete(record.deploymentId());
            }
        }
    }

    private interface Attempt {
        boolean tryNow() throws InterruptedException;
    }

    /** Retries until {@code attempt} succeeds, reporting {@code queued} once; false when canceled meanwhile. */
    private static boolean await(Attempt attempt, Job job, Progress progress, String why) throws InterruptedException {
        boolean reported = false;
        while (!job.canceled) {
            if (attempt.tryNow()) {
                return true;
            }
            if (!reported) {
                progress.stage(DeployStage.QUEUED, why);
                reported = true;
            }
        }
        return false;
    }

    private DeployOutcome failed(Progress progress, String message, String log) {
        progress.stage(DeployStage.ERROR, message);
        return new DeployOutcome(DeployOutcome.Status.ERROR, progress.deploymentId, null, message,
                LogExcerpt.of(log, EXCERPT_CHARS));
    }

    private static DeployOutcome canceled(Progress progress) {
        progress.stage(DeployStage.CANCELED, "Canceled");
        return new DeployOutcome(DeployOutcome.Status.CANCELED, progress.deploymentId, null, "Canceled", "");
    }

    private String runLogTail(ProjectFiles files, String deploymentId) {
        return BoundedLog.tail(files.runLog(deploymentId), EXCERPT_CHARS * 2);
    }

    private int logLimitBytes() {
        return settings.logLimitKib() * 1024;
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
    }
}
