package dev.truecoding.deploy;

import dev.truecoding.deploy.builtin.Builder;
import dev.truecoding.deploy.builtin.DatabaseSnapshot;
import dev.truecoding.deploy.builtin.ProjectFiles;
import dev.truecoding.deploy.builtin.ProjectFiles.BuildRecord;
import dev.truecoding.deploy.builtin.ProjectFiles.CurrentRecord;
import dev.truecoding.deploy.builtin.Routes;
import dev.truecoding.system.Ids;
import dev.truecoding.system.Phrase;
import dev.truecoding.toolchain.BoundedLog;
import dev.truecoding.toolchain.Commands;
import dev.truecoding.toolchain.ProcessTree;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded deployer. {@link #deploy} builds a committed tree ({@code building}), starts it on a loopback
 * port with its own database in the data directory and health-checks it ({@code deploying}), then switches the
 * project's production URL to it and stops the previous process ({@code ready}); see {@link LiveApps} for the
 * order of the switch. A failed build or health check ends in ERROR with a log excerpt while the previous
 * deployment keeps serving.
 *
 * <p>Builds wait for one of {@code concurrent-builds} slots ({@code queued}); deploys, switches and stops of one
 * project run one at a time. Live apps are recorded on disk and started again by {@link #restore};
 * {@link #close} stops them all.
 */
public class BuiltInDeployer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BuiltInDeployer.class);

    /** A deploy in flight, for {@link #cancel}. */
    private static final class Job {
        volatile boolean canceled;
        volatile Commands commands;
    }

    private final Path root;
    private final DeploySettings settings;
    private final PreviewSettings previewSettings;
    private final Builder builder;
    private final LiveApps apps;
    private final Semaphore buildSlots;
    private final ConcurrentHashMap<String, ReentrantLock> projectLocks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Job>> jobs = new ConcurrentHashMap<>();
    private volatile int serverPort;

    /**
     * @param toolchain  runs every build and app in its sandbox
     * @param serverPort True Coding's own port, which the production URLs use unless a public port is set
     */
    public BuiltInDeployer(Path dataDir, DeploySettings settings, Toolchain toolchain, int serverPort) {
        this(dataDir, settings, PreviewSettings.defaults(), toolchain, serverPort);
    }

    public BuiltInDeployer(Path dataDir, DeploySettings settings, PreviewSettings previewSettings, Toolchain toolchain,
                           int serverPort) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("deploy");
        this.settings = settings;
        this.previewSettings = previewSettings;
        this.serverPort = serverPort;
        this.builder = new Builder(toolchain);
        this.apps = new LiveApps(root, settings, toolchain);
        this.buildSlots = new Semaphore(settings.concurrentBuilds(), true);
    }

    Routes routes() {
        return apps.routes();
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

    /** The address of a project's preview {@code number}: {@code <slug>--preview-<number>}, one DNS label. */
    public static String previewSlug(String slug, int number) {
        return slug + "--preview-" + number;
    }

    /** How long a preview lives. */
    public java.time.Duration previewTtl() {
        return previewSettings.ttl();
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
        return deploy(target, Ids.newId(), sourceTree, commitSha, builtWorkspace, listener);
    }

    /**
     * As {@link #deploy(DeployTarget, Path, String, Path, DeployListener)}, under the caller's deployment id (its
     * own record's id), so a deploy started again after a crash reuses the same build folder and logs.
     */
    public DeployOutcome deploy(DeployTarget target, String id, Path sourceTree, String commitSha, Path builtWorkspace,
                                DeployListener listener) {
        return deploy(target, id, sourceTree, commitSha, builtWorkspace, 0, listener);
    }

    /**
     * Builds {@code sourceTree} as {@link #deploy} does, but starts it as preview {@code number} of the project: at
     * {@link #previewSlug its own address}, on a copy of the live data taken now, while production serves on
     * untouched. It lives for the preview TTL; {@link #promote} puts it live.
     */
    public DeployOutcome deployPreview(DeployTarget target, String id, int number, Path sourceTree, String commitSha,
                                       Path builtWorkspace, DeployListener listener) {
        if (number < 1) {
            throw new IllegalArgumentException("a preview's number starts at 1");
        }
        return deploy(target, id, sourceTree, commitSha, builtWorkspace, number, listener);
    }

    /** @param preview the preview's number, or 0 for production */
    private DeployOutcome deploy(DeployTarget target, String id, Path sourceTree, String commitSha, Path builtWorkspace,
                                 int preview, DeployListener listener) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a deployment id: " + id);
        }
        String projectId = target.projectId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, id, new BoundedLog(files.buildLog(id), logLimitBytes()));
        Job job = new Job();
        jobs.computeIfAbsent(projectId, k -> ConcurrentHashMap.newKeySet()).add(job);
        ReentrantLock lock = lock(projectId);
        boolean locked = false;
        try {
            locked = await(() -> lock.tryLock(300, TimeUnit.MILLISECONDS), job, progress,
                    Phrase.of("progress.deploy.step.waitingForPrevious"));
            if (!locked) {
                return progress.canceled();
            }
            String owner = apps.routes().projectOf(target.slug());
            if (owner != null && !owner.equals(projectId)) {
                return progress.failed("The address " + productionUrl(target.slug()) + " belongs to another project.", "");
            }
            BuildRecord record = new BuildRecord(id, target.slug(), commitSha, Instant.now(), false);
            files.save(record);
            Builder.Result built = build(files, record, sourceTree, builtWorkspace, job, progress);
            if (built.canceled() || job.canceled) {
                Trees.delete(files.buildDir(id));
                return progress.canceled();
            }
            if (!built.ok()) {
                Trees.delete(files.buildDir(id));
                return progress.failed(built.message(), progress.buildLog.tail(logLimitBytes()));
            }
            record = new BuildRecord(id, target.slug(), commitSha, record.createdAt(), true);
            files.save(record);
            if (preview > 0) {
                if (job.canceled) {
                    return progress.canceled();
                }
                String slug = previewSlug(target.slug(), preview);
                return apps.startPreview(target, record, preview, Instant.now().plus(previewSettings.ttl()),
                        previewSettings.maxRunning(), progress, productionUrl(slug), slug);
            }
            DeployOutcome outcome = apps.activate(target, record, progress, () -> job.canceled,
                    productionUrl(target.slug()));
            if (outcome.ready()) {
                prune(files, projectId);
            }
            return outcome;
        } catch (IOException e) {
            log.warn("Deploy {} of project {} failed", id, projectId, e);
            return progress.failed("The deploy failed: " + e.getMessage(), progress.buildLog.tail(logLimitBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return progress.canceled();
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
                Phrase.of("progress.deploy.step.waitingForSlot", settings.concurrentBuilds()))) {
            return new Builder.Result(false, true, "Canceled.");
        }
        try {
            String commit = record.commitSha() == null ? "?" : record.commitSha();
            progress.stage(DeployStage.BUILDING, Phrase.of("progress.deploy.step.building", commit.substring(0, Math.min(7, commit.length()))));
            Commands commands = builder.commands(files.buildDir(record.deploymentId()), files.home(),
                    settings.buildTimeout(), progress::line);
            job.commands = commands;
            if (job.canceled) {
                commands.cancel();
            }
            Path buildDir = files.buildDir(record.deploymentId());
            Path reusable = reusable(files, builtWorkspace, record.commitSha());
            return reusable != null ? builder.reuse(reusable, buildDir, files.home(), settings.buildTimeout(),
                    progress::line)
                    : builder.build(sourceTree, buildDir, newestBuild(files), files.home(), commands,
                    settings.buildTimeout(), progress::line);
        } finally {
            buildSlots.release();
        }
    }

    /** A tree already built from this commit: the one handed in, else the newest such build of the project. */
    private static Path reusable(ProjectFiles files, Path builtWorkspace, String commitSha) throws IOException {
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

    /** Puts an earlier, still-kept build of the project live again (rollback), with the same checks as a deploy. */
    public DeployOutcome switchTo(String projectId, String deploymentId, DeployListener listener) {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, deploymentId,
                new BoundedLog(files.buildLog(deploymentId), logLimitBytes()));
        ReentrantLock lock = lock(projectId);
        lock.lock();
        try {
            Optional<BuildRecord> record = files.build(deploymentId);
            if (record.isEmpty() || !record.get().built() || !Builder.isBuilt(files.buildDir(deploymentId))) {
                return progress.failed("Deployment " + deploymentId + " is no longer kept: deploy its commit again.", "");
            }
            String slug = apps.slug(projectId).orElse(record.get().slug());
            DeployOutcome outcome = apps.activate(new DeployTarget(projectId, slug), record.get(), progress, () -> false,
                    productionUrl(slug));
            if (outcome.ready()) {
                pruneSnapshots(files, projectId);
            }
            return outcome;
        } catch (IOException e) {
            return progress.failed("Switching failed: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return progress.canceled();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Undoes the live deployment {@code deploymentId}: the build that served before it starts again on the database
     * as it was just before it (its snapshot), with the same checks as a deploy; if that build does not answer,
     * everything stays as it was. Refused, changing nothing, when {@code deploymentId} is not the live one, or its
     * snapshot or the build before it is no longer kept.
     */
    public DeployOutcome undo(String projectId, String deploymentId, DeployListener listener) {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, deploymentId,
                new BoundedLog(files.buildLog(deploymentId), logLimitBytes()));
        ReentrantLock lock = lock(projectId);
        lock.lock();
        try {
            Optional<CurrentRecord> live = apps.current(projectId);
            if (live.isEmpty() || !live.get().deploymentId().equals(deploymentId)) {
                return progress.failed("Deployment " + deploymentId + " is not the live one any more, so there is "
                        + "nothing of it to undo; nothing was changed.", "");
            }
            Optional<DatabaseSnapshot.Kept> snapshot = DatabaseSnapshot.before(files, deploymentId);
            if (snapshot.isEmpty() || snapshot.get().previousDeploymentId() == null) {
                return progress.failed(snapshot.isEmpty() ? UNDO_SNAPSHOT_GONE : UNDO_NOTHING_BEFORE, "");
            }
            String previous = snapshot.get().previousDeploymentId();
            Optional<BuildRecord> record = files.build(previous);
            if (record.isEmpty() || !record.get().built() || !Builder.isBuilt(files.buildDir(previous))) {
                return progress.failed("The build that served before (deployment " + previous + ") is no longer kept; "
                        + "nothing was changed.", "");
            }
            String slug = live.get().slug();
            DeployOutcome outcome = apps.undo(new DeployTarget(projectId, slug), record.get(), snapshot.get(), progress,
                    productionUrl(slug));
            if (outcome.ready()) {
                pruneSnapshots(files, projectId);
            }
            return outcome;
        } catch (IOException e) {
            log.warn("Undo of deployment {} of project {} failed", deploymentId, projectId, e);
            return progress.failed("The undo failed: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return progress.canceled();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts a preview live: its process stops and its copy of the data is deleted (the preview never writes
     * production's data), then its build is switched to as {@link #switchTo} does: its migrations rehearsed on a
     * fresh copy of the live data first, then run on production's database, protected by its snapshot.
     */
    public DeployOutcome promote(String projectId, String previewId, DeployListener listener) {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Progress progress = new Progress(listener, previewId, new BoundedLog(files.buildLog(previewId), logLimitBytes()));
        ReentrantLock lock = lock(projectId);
        lock.lock();
        try {
            if (apps.stopPreview(projectId, previewId)) {
                progress.stage(DeployStage.DEPLOYING, Phrase.of("progress.deploy.step.previewStopped"));
            }
        } catch (IOException e) {
            return progress.failed("The preview could not be stopped: " + e.getMessage(), "");
        } finally {
            lock.unlock();
        }
        return switchTo(projectId, previewId, listener);
    }

    /** Stops a preview and deletes its copy of the data; false when there was none. */
    public boolean stopPreview(String projectId, String previewId) throws IOException {
        ReentrantLock lock = lock(projectId);
        lock.lock();
        try {
            return apps.stopPreview(projectId, previewId);
        } finally {
            lock.unlock();
        }
    }

    /** Why an undo cannot be: the snapshot taken before the deployment was pruned (or never taken: no data yet). */
    public static final String UNDO_SNAPSHOT_GONE = "The copy of the database taken just before this deployment is no "
            + "longer kept (older copies are removed beyond the snapshot size limit, and none is taken while the app "
            + "has no data yet), so its data cannot be put back; nothing was changed. A code-only rollback to the "
            + "previous deployment is still possible when its schema fits.";
    /** Why an undo cannot be: the deployment was the project's first. */
    public static final String UNDO_NOTHING_BEFORE = "Nothing served before this deployment, so there is no version "
            + "to go back to; nothing was changed.";

    /** The snapshot undoing {@code deploymentId} would put back, when it is still kept. */
    public Optional<DatabaseSnapshot.Kept> snapshotBefore(String projectId, String deploymentId) {
        try {
            return DatabaseSnapshot.before(new ProjectFiles(root, projectId), deploymentId);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The project's kept database snapshots, newest first. */
    public List<DatabaseSnapshot.Kept> snapshots(String projectId) throws IOException {
        return DatabaseSnapshot.kept(new ProjectFiles(root, projectId));
    }

    /** The project's running previews, oldest first. */
    public List<PreviewApp> previews(String projectId) {
        return apps.previews(projectId).stream().map(p -> new PreviewApp(p.deploymentId(), p.number(),
                productionUrl(p.slug()), p.expiresAt())).toList();
    }

    /** Stops every preview whose time is up and deletes its copy of the data; the ids of those stopped. */
    public List<String> expirePreviews(Instant now) throws IOException {
        List<String> expired = new java.util.ArrayList<>();
        for (String projectId : ProjectFiles.projectIds(root)) {
            for (ProjectFiles.PreviewRecord preview : new ProjectFiles(root, projectId).previews()) {
                if (!preview.expiresAt().isAfter(now) && stopPreview(projectId, preview.deploymentId())) {
                    log.info("Preview {} of project {} expired: stopped, its data deleted", preview.number(), projectId);
                    expired.add(preview.deploymentId());
                }
            }
        }
        return expired;
    }

    /** Cancels the project's deploys that are queued or building (their build processes are stopped). */
    public boolean cancel(String projectId) {
        // A snapshot: a canceled deploy removes itself from the live set as soon as its build stops.
        List<Job> inFlight = List.copyOf(jobs.getOrDefault(projectId, Set.of()));
        for (Job job : inFlight) {
            job.canceled = true;
            Commands commands = job.commands;
            if (commands != null) {
                commands.cancel();
            }
        }
        return !inFlight.isEmpty();
    }

    /** Takes the project offline: its app stops, its URL answers 404 and it is not started again on restart. */
    public void stop(String projectId) {
        ReentrantLock lock = lock(projectId);
        lock.lock();
        try {
            apps.stop(projectId);
            new ProjectFiles(root, projectId).clearCurrent();
        } catch (IOException e) {
            log.warn("Could not forget the live deployment of project {}", projectId, e);
        } finally {
            lock.unlock();
        }
    }

    public Optional<LiveApp> live(String projectId) {
        return apps.current(projectId).map(r -> new LiveApp(projectId, r.slug(), r.deploymentId(), r.commitSha(),
                apps.port(projectId).orElse(r.port()), productionUrl(r.slug()), r.since()));
    }

    /** The token the project's apps are started with ({@code TRUECODING_APP_TOKEN}), once there is one. */
    Optional<String> appToken(String projectId) {
        return new ProjectFiles(root, projectId).existingAppToken();
    }

    /** The project's kept builds, newest first. */
    public List<BuildInfo> builds(String projectId) throws IOException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        String liveId = apps.current(projectId).map(CurrentRecord::deploymentId).orElse(null);
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
     * stopping processes a previous True Coding left running under the data directory (kill -9) and deleting
     * the trees of builds it did not finish. Requests for an app wait while it starts.
     */
    public void restore() throws IOException, InterruptedException {
        for (ProcessHandle orphan : ProcessTree.runningUnder(root)) {
            log.info("Stopping process {} left running by a previous True Coding", orphan.pid());
            ProcessTree.stop(orphan, settings.stopTimeout());
        }
        List<String> projectIds = ProjectFiles.projectIds(root);
        for (String projectId : projectIds) {
            ProjectFiles files = new ProjectFiles(root, projectId);
            for (BuildRecord interrupted : files.builds().stream().filter(b -> !b.built()).toList()) {
                Trees.delete(files.buildDir(interrupted.deploymentId())); // its log stays, for the record
            }
            Optional<CurrentRecord> current = files.current();
            if (apps.current(projectId).isEmpty() && DatabaseSnapshot.settle(files, current.orElse(null))) {
                log.info("Project {}: put its database back as it was before a switch or an undo that never went live",
                        projectId);
            }
            if (current.isPresent() && apps.current(projectId).isEmpty() && !apps.closed()) {
                apps.routes().hold(current.get().slug(), projectId);
            }
        }
        for (String projectId : projectIds) {
            Optional<CurrentRecord> current = new ProjectFiles(root, projectId).current();
            if (current.isEmpty() || apps.current(projectId).isPresent() || apps.closed()) {
                continue;
            }
            ReentrantLock lock = lock(projectId);
            lock.lock();
            try {
                if (apps.bringBack(projectId, current.get())) {
                    log.info("Project {} is live again at {}", projectId, productionUrl(current.get().slug()));
                }
            } finally {
                lock.unlock();
            }
        }
        restorePreviews(projectIds);
    }

    /** After the live apps: previews still in their time start again on their copies; the others are deleted. */
    private void restorePreviews(List<String> projectIds) throws IOException, InterruptedException {
        Instant now = Instant.now();
        for (String projectId : projectIds) {
            ProjectFiles files = new ProjectFiles(root, projectId);
            List<ProjectFiles.PreviewRecord> recorded = files.previews();
            Set<String> kept = new java.util.HashSet<>();
            for (ProjectFiles.PreviewRecord preview : recorded) {
                ReentrantLock lock = lock(projectId);
                lock.lock();
                try {
                    if (apps.closed() || apps.previews(projectId).stream().anyMatch(p -> p.deploymentId().equals(preview.deploymentId()))) {
                        kept.add(preview.deploymentId());
                    } else if (preview.expiresAt().isAfter(now) && apps.bringBackPreview(projectId, preview)) {
                        kept.add(preview.deploymentId());
                    } else {
                        files.deletePreview(preview.deploymentId()); // expired meanwhile, or a copy a crash cut short
                    }
                } finally {
                    lock.unlock();
                }
            }
            Path folder = files.previewDatabase("x").getParent();
            if (java.nio.file.Files.isDirectory(folder)) {
                try (var list = java.nio.file.Files.list(folder)) {
                    for (Path stray : list.filter(java.nio.file.Files::isDirectory)
                            .filter(dir -> !kept.contains(dir.getFileName().toString())).toList()) {
                        Trees.delete(stray); // a copy whose record a crash never wrote
                    }
                }
            }
        }
    }

    /**
     * Takes deploys and apps again after {@link #close}: Spring stops a context's lifecycle when it pauses it (a
     * cached test context while another runs) and starts it again when the context is used once more.
     */
    void reopen() {
        apps.open();
    }

    /** Stops every app and build; the live ones start again on the next {@link #restore}. */
    @Override
    public void close() {
        jobs.keySet().forEach(this::cancel);
        apps.close();
    }

    /**
     * Keeps the newest {@code kept-builds} builds (and as many failed attempts' logs), the live one and the one an
     * undo of the live one returns to; then the snapshots within their limit.
     */
    private void prune(ProjectFiles files, String projectId) throws IOException {
        String liveId = apps.current(projectId).map(CurrentRecord::deploymentId).orElse("");
        String undoTarget = DatabaseSnapshot.before(files, liveId).map(DatabaseSnapshot.Kept::previousDeploymentId)
                .orElse("");
        Set<String> previewIds = new java.util.HashSet<>();
        files.previews().forEach(p -> previewIds.add(p.deploymentId()));
        int built = 0;
        int failed = 0;
        for (BuildRecord record : files.builds()) {
            int newer = record.built() ? ++built : ++failed;
            if (newer > settings.keptBuilds() && !record.deploymentId().equals(liveId)
                    && !record.deploymentId().equals(undoTarget) && !previewIds.contains(record.deploymentId())) {
                files.delete(record.deploymentId());
            }
        }
        pruneSnapshots(files, projectId);
    }

    /** Snapshots within {@code snapshot-limit-mb}, oldest removed first; never the one undoing the live version needs. */
    private void pruneSnapshots(ProjectFiles files, String projectId) throws IOException {
        String liveId = apps.current(projectId).map(CurrentRecord::deploymentId).orElse("");
        Set<String> needed = DatabaseSnapshot.before(files, liveId).map(kept -> Set.of(kept.id())).orElse(Set.of());
        for (DatabaseSnapshot.Kept removed : DatabaseSnapshot.prune(files, settings.snapshotLimitBytes(), needed)) {
            log.info("Project {}: removed the database snapshot taken {} (beyond the {} MB limit)", projectId,
                    removed.takenAt(), settings.snapshotLimitMb());
        }
    }

    private ReentrantLock lock(String projectId) {
        return projectLocks.computeIfAbsent(projectId, k -> new ReentrantLock());
    }

    private interface Attempt {
        boolean tryNow() throws InterruptedException;
    }

    /** Retries until {@code attempt} succeeds, reporting {@code queued} once; false when canceled meanwhile. */
    private static boolean await(Attempt attempt, Job job, Progress progress, Phrase why) throws InterruptedException {
        boolean reported = false;
        while (!job.canceled) {
            if (attempt.tryNow()) {
                return true;
            }
            if (!reported) {
                progress.stage(DeployStage.IMPORTING, why);
                reported = true;
            }
        }
        return false;
    }

    private int logLimitBytes() {
        return settings.logLimitKib() * 1024;
    }
}
