package dev.truecoding.deploy;

import dev.truecoding.deploy.builtin.AppProcess;
import dev.truecoding.deploy.builtin.Builder;
import dev.truecoding.deploy.builtin.DatabaseCopy;
import dev.truecoding.deploy.builtin.DatabaseSnapshot;
import dev.truecoding.deploy.builtin.ProjectFiles;
import dev.truecoding.deploy.builtin.ProjectFiles.BuildRecord;
import dev.truecoding.deploy.builtin.ProjectFiles.CurrentRecord;
import dev.truecoding.deploy.builtin.ProjectFiles.PreviewRecord;
import dev.truecoding.deploy.builtin.Routes;
import dev.truecoding.system.Phrase;
import dev.truecoding.toolchain.BoundedLog;
import dev.truecoding.toolchain.CleanEnvironment;
import dev.truecoding.toolchain.Toolchain;
import dev.truecoding.toolchain.Trees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running apps and their routes: starting a build, checking it, switching a project's route to it, and
 * stopping. Callers hold the project's lock.
 *
 * <p>The app's embedded database (PGlite) allows one process at a time, and an app may open it for any page
 * (sign-in does, on {@code /}). So a new build that brings a migration is first rehearsed on a copy of the live
 * database ({@code /} and its first API route, which runs its migrations on production's rows; see
 * {@link #copyLive}) while the old process serves; then requests are held for a moment, the old
 * process stops, the database is copied ({@link DatabaseSnapshot}, kept for undo once the new build is live), and the new
 * build starts on it and must answer both again before requests are let through. If it does not, the copy is put
 * back and the previous build is started again on its old data.
 */
final class LiveApps {

    private static final Logger log = LoggerFactory.getLogger(LiveApps.class);
    private static final int EXCERPT_BYTES = 12_000;

    private record Running(String slug, AppProcess app, CurrentRecord record) {
    }

    private record RunningPreview(String projectId, AppProcess app, PreviewRecord record) {
    }

    /** "Migration 0003_x.sql failed: column … cannot be cast …": the generated app's words for a failed migration. */
    private static final Pattern MIGRATION_FAILED = Pattern.compile("Migration \\S+ failed: [^\\n]*");

    private final Path root;
    private final DeploySettings settings;
    private final Toolchain toolchain;
    private final Routes routes = new Routes();
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Running previews by deployment id. */
    private final Map<String, RunningPreview> previews = new ConcurrentHashMap<>();
    /** Every app process not yet stopped, live or still being checked: {@link #close} stops them all. */
    private final Set<AppProcess> processes = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    LiveApps(Path root, DeploySettings settings, Toolchain toolchain) {
        this.root = root;
        this.settings = settings;
        this.toolchain = toolchain;
    }

    Routes routes() {
        return routes;
    }

    Optional<CurrentRecord> current(String projectId) {
        return Optional.ofNullable(running.get(projectId)).map(Running::record);
    }

    Optional<String> slug(String projectId) {
        return Optional.ofNullable(running.get(projectId)).map(Running::slug);
    }

    Optional<Integer> port(String projectId) {
        return Optional.ofNullable(running.get(projectId)).map(r -> r.app().port());
    }

    /**
     * Starts a build, checks it and switches the route to it.
     *
     * @param canceled asked once the app answers, before anything changes for the visitors
     */
    DeployOutcome activate(DeployTarget target, BuildRecord record, Progress progress, BooleanSupplier canceled,
                           String url) throws IOException, InterruptedException {
        String projectId = target.projectId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        Path build = files.buildDir(record.deploymentId());
        String api = AppProcess.apiHealthPath(build);
        AtomicBoolean starting = new AtomicBoolean(true);
        Consumer<String> output = line -> {
            if (starting.get()) {
                progress.line(line);
            }
        };
        Running previous = running.get(projectId);
        // A rehearsal while the old version serves: the new version is started on a copy of the live data (on an
        // empty database for a first version), so one that does not start, or whose migrations fail on the rows
        // production has, is turned down before anything changes for the visitors. Only a version bringing a
        // migration needs it: one without (a redeploy, a rollback, a change of code only) is started on the app's
        // database directly, and if it does not answer the previous version is started again on that database,
        // which nothing has migrated.
        if (DatabaseSnapshot.bringsMigrations(build, previous == null ? null : Path.of(previous.record().buildDir()))) {
            String failure = rehearse(projectId, files, record.deploymentId(), api, progress, output);
            if (failure != null) {
                return progress.failed(failure, runLogTail(files, record.deploymentId()));
            }
            previous = running.get(projectId); // an app copied stopped was started again: that process is the one to stop
        }
        if (canceled.getAsBoolean()) {
            return progress.canceled();
        }
        progress.stage(DeployStage.DEPLOYING, Phrase.of(previous == null ? "progress.deploy.step.starting"
                : "progress.deploy.step.switching"));
        routes.hold(target.slug(), projectId);
        if (previous != null) {
            stop(previous.app());
            if (!previous.slug().equals(target.slug())) {
                routes.remove(previous.slug());
            }
        }
        // Nobody has the database open now (PGlite allows one process): copy it before the new version opens it,
        // whether it migrates or not, so undoing this version can put the data back as they were.
        Optional<DatabaseSnapshot> snapshot = DatabaseSnapshot.take(files, record.deploymentId(),
                previous == null ? null : previous.record().deploymentId());
        AppProcess app = start(files, record.deploymentId(), files.database(), output);
        String failure = check(app, api);
        if (failure != null) {
            stop(app);
            running.remove(projectId);
            String excerpt = runLogTail(files, record.deploymentId());
            if (snapshot.isPresent()) {
                snapshot.get().restore();
                progress.line("== the database is back as it was before this deployment");
            }
            if (previous == null || !bringBack(projectId, previous.record())) {
                routes.remove(target.slug());
            }
            return progress.failed(failure + " (on the app's own database)", excerpt);
        }
        goLive(projectId, files, new CurrentRecord(record.deploymentId(), target.slug(), record.commitSha(), app.port(),
                app.pid(), build.toString(), Instant.now()), app);
        if (snapshot.isPresent()) {
            snapshot.get().keep();
        }
        starting.set(false);
        progress.emit(DeployStage.READY, "Live at " + url, url);
        return new DeployOutcome(DeploymentStatus.READY, record.deploymentId(), url, "The deployment is live", "");
    }

    /**
     * Undo: the live version stops, {@code snapshot} (taken just before it was switched to) replaces the database, and
     * {@code record}, the build that served before it, starts on it and must answer as a deploy does. If it does not,
     * the database and the version that was live are put back as they were.
     */
    DeployOutcome undo(DeployTarget target, BuildRecord record, DatabaseSnapshot.Kept snapshot, Progress progress,
                       String url) throws IOException, InterruptedException {
        String projectId = target.projectId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        Path build = files.buildDir(record.deploymentId());
        AtomicBoolean starting = new AtomicBoolean(true);
        Running undone = running.get(projectId);
        progress.stage(DeployStage.DEPLOYING, Phrase.of("progress.deploy.step.undoing", String.valueOf(snapshot.takenAt())));
        routes.hold(target.slug(), projectId);
        if (undone != null) {
            stop(undone.app());
            running.remove(projectId);
        }
        DatabaseSnapshot.beginUndo(files, snapshot, undone == null ? null : undone.record().deploymentId(),
                record.deploymentId());
        AppProcess app = start(files, record.deploymentId(), files.database(), line -> {
            if (starting.get()) {
                progress.line(line);
            }
        });
        String failure = check(app, AppProcess.apiHealthPath(build));
        if (failure != null) {
            stop(app);
            String excerpt = runLogTail(files, record.deploymentId());
            DatabaseSnapshot.revertUndo(files);
            progress.line("== the database and the live version are back as they were before the undo");
            if (undone == null || !bringBack(projectId, undone.record())) {
                routes.remove(target.slug());
            }
            return progress.failed(failure + " (the version undo returns to, on the database as it was); nothing "
                    + "was undone", excerpt);
        }
        goLive(projectId, files, new CurrentRecord(record.deploymentId(), target.slug(), record.commitSha(), app.port(),
                app.pid(), build.toString(), Instant.now()), app);
        DatabaseSnapshot.finishUndo(files);
        starting.set(false);
        progress.emit(DeployStage.READY, "Live at " + url, url);
        return new DeployOutcome(DeploymentStatus.READY, record.deploymentId(), url, "The change is undone", "");
    }

    /**
     * Starts the build on a copy of the live database (an empty one when nothing is live) and checks it; null when
     * it answered, else why not (with the SQL error of a failed migration).
     */
    private String rehearse(String projectId, ProjectFiles files, String deploymentId, String api, Progress progress,
                            Consumer<String> output) throws IOException, InterruptedException {
        Path copy = files.trialDatabase();
        boolean onLiveData = running.containsKey(projectId);
        if (onLiveData) {
            progress.stage(DeployStage.DEPLOYING, Phrase.of("progress.deploy.step.rehearsing"));
            copyLive(projectId, files, copy, progress);
        } else {
            progress.stage(DeployStage.DEPLOYING, Phrase.of("progress.deploy.step.scratch"));
            Trees.delete(copy);
        }
        AppProcess trial = start(files, deploymentId, copy, output);
        String failure;
        try {
            failure = check(trial, api);
        } finally {
            stop(trial);
            Trees.delete(copy);
        }
        if (failure == null || !onLiveData) {
            return failure;
        }
        String sql = migrationError(files, deploymentId);
        return "The new version failed on a copy of the live data, so production was not touched and still serves"
                + (sql == null ? ": " + failure : ". " + sql);
    }

    /**
     * Copies the live app's database into {@code target} while it serves, through its copying route; an app
     * deployed before that route existed is stopped for the copy (requests wait) and started again. An empty
     * folder when nothing is live.
     */
    DatabaseCopy.Copied copyLive(String projectId, ProjectFiles files, Path target, Progress progress)
            throws IOException, InterruptedException {
        Running live = running.get(projectId);
        if (live == null) {
            return DatabaseCopy.ofFolder(files.database(), target); // no process has it open
        }
        DatabaseCopy.Copied copied = null;
        try {
            copied = DatabaseCopy.fromApp(live.app().port(), files.appToken(), target, settings.healthCheckTimeout());
        } catch (IOException e) {
            log.warn("Project {}: the live app did not give a copy of its database ({}); copying it stopped", projectId,
                    e.getMessage());
        }
        if (copied != null) {
            progress.line("== copied the live data through the app: " + copied.words());
            return copied;
        }
        progress.line("== this version of the app cannot hand over a copy of its data while it runs: requests wait "
                + "a moment while it stops, its data is copied and it starts again");
        routes.hold(live.slug(), projectId);
        running.remove(projectId);
        stop(live.app());
        try {
            copied = DatabaseCopy.ofFolder(files.database(), target);
        } finally {
            if (!bringBack(projectId, live.record())) {
                throw new IOException("the live app did not start again after its data was copied");
            }
        }
        progress.line("== copied the live data: " + copied.words());
        return copied;
    }

    /** The SQL error of the migration that failed in a deployment's run log, or null. */
    private static String migrationError(ProjectFiles files, String deploymentId) {
        Matcher matcher = MIGRATION_FAILED.matcher(runLogTail(files, deploymentId));
        String last = null;
        while (matcher.find()) {
            last = matcher.group().strip();
        }
        return last;
    }

    /**
     * Starts a build as a preview: on a copy of the live data, at its own address, while production serves on.
     * The oldest previews are stopped first when {@code maxRunning} already run.
     */
    DeployOutcome startPreview(DeployTarget target, BuildRecord record, int number, Instant expiresAt, int maxRunning,
                               Progress progress, String url, String slug) throws IOException, InterruptedException {
        String projectId = target.projectId();
        ProjectFiles files = new ProjectFiles(root, projectId);
        stopPreview(projectId, record.deploymentId());
        List<PreviewRecord> others = files.previews();
        for (int i = 0; i <= others.size() - maxRunning; i++) {
            progress.line("== stopping preview " + others.get(i).number() + ": at most " + maxRunning + " run at once");
            stopPreview(projectId, others.get(i).deploymentId());
        }
        progress.stage(DeployStage.DEPLOYING, Phrase.of("progress.deploy.step.preview"));
        Path database = files.previewDatabase(record.deploymentId());
        PreviewRecord preview = new PreviewRecord(record.deploymentId(), slug, number, record.commitSha(), Instant.now(),
                expiresAt);
        files.save(preview); // first: a crash from here on leaves a record, so the copy is found and deleted
        copyLive(projectId, files, database, progress);
        AppProcess app = start(files, record.deploymentId(), database, progress::line);
        String failure = check(app, AppProcess.apiHealthPath(files.buildDir(record.deploymentId())));
        if (failure != null) {
            stop(app);
            files.deletePreview(record.deploymentId());
            String sql = migrationError(files, record.deploymentId());
            return progress.failed("The preview did not start on a copy of the live data: " + (sql == null ? failure : sql)
                    + ". Production was not touched.", runLogTail(files, record.deploymentId()));
        }
        previews.put(record.deploymentId(), new RunningPreview(projectId, app, preview));
        routes.set(slug, projectId, app.port());
        progress.emit(DeployStage.READY, "Preview at " + url, url);
        return new DeployOutcome(DeploymentStatus.READY, record.deploymentId(), url, "The preview is up", "");
    }

    /** Stops a preview and deletes its copy of the data; false when it was not recorded. */
    boolean stopPreview(String projectId, String deploymentId) throws IOException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        RunningPreview preview = previews.remove(deploymentId);
        Optional<PreviewRecord> recorded = files.previews().stream()
                .filter(p -> p.deploymentId().equals(deploymentId)).findFirst();
        if (preview != null) {
            routes.remove(preview.record().slug());
            stop(preview.app());
        }
        recorded.ifPresent(r -> routes.remove(r.slug()));
        files.deletePreview(deploymentId);
        return preview != null || recorded.isPresent();
    }

    /** The running previews of a project, oldest first. */
    List<PreviewRecord> previews(String projectId) {
        return previews.values().stream().filter(p -> p.projectId().equals(projectId)).map(RunningPreview::record)
                .sorted(java.util.Comparator.comparing(PreviewRecord::deploymentId)).toList();
    }

    /** Starts a recorded preview again on its copy of the data (after a restart); false when it did not start. */
    boolean bringBackPreview(String projectId, PreviewRecord record) throws InterruptedException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Path build = files.buildDir(record.deploymentId());
        if (closed || !Builder.isBuilt(build) || !java.nio.file.Files.isDirectory(files.previewDatabase(record.deploymentId()))) {
            return false;
        }
        routes.hold(record.slug(), projectId);
        try {
            AppProcess app = start(files, record.deploymentId(), files.previewDatabase(record.deploymentId()), line -> {
            });
            if (check(app, AppProcess.apiHealthPath(build)) != null) {
                stop(app);
                routes.remove(record.slug());
                return false;
            }
            previews.put(record.deploymentId(), new RunningPreview(projectId, app, record));
            routes.set(record.slug(), projectId, app.port());
            return true;
        } catch (IOException e) {
            log.warn("Preview {} of project {} did not start again", record.deploymentId(), projectId, e);
            routes.remove(record.slug());
            return false;
        }
    }

    /** {@code /}, then the first API route (which opens and migrates the database); null when both answer. */
    private String check(AppProcess app, String api) throws InterruptedException {
        String failure = app.awaitOk("/", settings.healthCheckTimeout());
        if (failure != null) {
            return "The app did not start: " + failure;
        }
        failure = api == null ? null : app.awaitOk(api, settings.healthCheckTimeout());
        return failure == null ? null : "The app's API did not answer: " + failure;
    }

    /** Starts a recorded deployment again (rollback of a failed switch, or after a restart); false if it fails. */
    boolean bringBack(String projectId, CurrentRecord record) throws InterruptedException {
        ProjectFiles files = new ProjectFiles(root, projectId);
        Path dir = Path.of(record.buildDir());
        if (closed || !Builder.isBuilt(dir)) {
            return false;
        }
        routes.hold(record.slug(), projectId);
        try {
            AppProcess app = start(files, record.deploymentId(), files.database(), line -> {
            });
            String failure = check(app, AppProcess.apiHealthPath(dir));
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

    /** Stops the project's app and takes its route away; false if nothing was running. */
    boolean stop(String projectId) {
        Running live = running.remove(projectId);
        if (live == null) {
            return false;
        }
        routes.remove(live.slug());
        stop(live.app());
        return true;
    }

    /** Stops every app, in parallel. */
    /** Takes new apps again after {@link #close} (a paused test context started again). */
    void open() {
        closed = false;
    }

    void close() {
        closed = true;
        running.values().forEach(live -> routes.remove(live.slug()));
        previews.values().forEach(preview -> routes.remove(preview.record().slug()));
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
        previews.clear();
    }

    boolean closed() {
        return closed;
    }

    private void goLive(String projectId, ProjectFiles files, CurrentRecord current, AppProcess app) throws IOException {
        routes.set(current.slug(), projectId, app.port());
        running.put(projectId, new Running(current.slug(), app, current));
        files.saveCurrent(current);
    }

    /** {@code npm start} with the app's own environment: nothing of True Coding's, its database, its memory limit. */
    private AppProcess start(ProjectFiles files, String deploymentId, Path database, Consumer<String> also)
            throws IOException {
        BoundedLog runLog = new BoundedLog(files.runLog(deploymentId), settings.logLimitKib() * 1024L);
        Map<String, String> env = new LinkedHashMap<>(CleanEnvironment.base(files.home()));
        env.put("NODE_ENV", "production");
        env.put("PGLITE_DATA_DIR", database.toString());
        env.put("AUTH_SECRET", files.authSecret()); // apps with sign-in sign their sessions with it
        env.put("TRUECODING_APP_TOKEN", files.appToken()); // opens its internal routes to True Coding (AppDataCounts)
        env.put("NODE_OPTIONS", "--max-old-space-size=" + settings.memoryLimitMb());
        AppProcess app = AppProcess.start(toolchain, files.buildDir(deploymentId), files.home(), database, env,
                line -> {
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

    private static String runLogTail(ProjectFiles files, String deploymentId) {
        return BoundedLog.tail(files.runLog(deploymentId), EXCERPT_BYTES);
    }
}
