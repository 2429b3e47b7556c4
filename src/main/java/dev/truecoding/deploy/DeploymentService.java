package dev.truecoding.deploy;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.run.DeploymentRecords;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.connection.TokenCipher;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.run.DurableRuns;
import dev.truecoding.run.RunEvents;
import dev.truecoding.run.RunType;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.Ids;
import dev.truecoding.system.NotFoundException;
import dev.truecoding.vercel.VercelConnections;
import dev.truecoding.vercel.VercelDeployments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API of deployments. Starting one records it (QUEUED) and schedules its durable job in one
 * transaction; every prerequisite is checked first, with a message that says what to do, and nothing changes
 * when one is missing.
 */
@Service
public class DeploymentService {

    public static final String BUILT_IN = "builtin";
    public static final String VERCEL = "vercel";
    /** The provider id of a Vercel deployment until Vercel has given it one. */
    public static final String PENDING = "vercel_pending_";
    /** What the encrypted environment values of a deployment are bound to, with its id. */
    public static final String ENVIRONMENT_PURPOSE = "deploy-environment";

    private final ProjectService projects;
    private final GenerationService generation;
    private final DeploymentRecords records;
    private final BuiltInDeployer deployer;
    private final GitHosts hosts;
    private final DurableRuns durableRuns;
    private final RunEvents events;
    private final VercelConnections vercelConnections;
    private final VercelDeployments vercel;
    private final TokenCipher cipher;
    private final JsonMapper json;

    DeploymentService(ProjectService projects, GenerationService generation, DeploymentRecords records,
                      BuiltInDeployer deployer, GitHosts hosts, DurableRuns durableRuns, RunEvents events,
                      VercelConnections vercelConnections, VercelDeployments vercel, TokenCipher cipher, JsonMapper json) {
        this.projects = projects;
        this.generation = generation;
        this.records = records;
        this.deployer = deployer;
        this.hosts = hosts;
        this.durableRuns = durableRuns;
        this.events = events;
        this.vercelConnections = vercelConnections;
        this.vercel = vercel;
        this.cipher = cipher;
        this.json = json;
    }

    /**
     * Deploys the head of the project's repository, or the commit the request names (a change's own).
     *
     * A change's deployment ({@link DeployRequest#changeId}) is a stage of the change's run: it is taken while the
     * project is Generating or Deploying for that change, and the project's status is the change's to move.
     *
     * @throws ConflictException when the app was not generated yet, a deployment is already going, or the
     *                           deployer asked for cannot deploy this project
     */
    @Transactional
    public Deployment start(SignedInUser person, DeployRequest request) {
        Project project = projects.get(person.id(), request.projectId());
        String changeId = request.changeId();
        String refusal = changeId == null ? whyNotNow(person.id(), project) : whyNotForChange(person.id(), project);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        String target = request.asPreview() ? previewTarget(project, request.target(), changeId)
                : chooseTarget(person, project, request.target());
        Map<String, String> environment = checkEnvironment(project, target, request.environmentOrEmpty());
        String commit = request.commitSha() != null ? request.commitSha() : headCommit(person, project);
        if (request.asPreview()) {
            String id = Ids.newId();
            records.insertPreview(id, project.id(), person.id(), commit, changeId, Instant.now().plus(deployer.previewTtl()));
            return schedule(person, project, id, Phrase.of("progress.deploy.queued.preview", commit.substring(0, 7)), null);
        }
        if (changeId == null && project.status() == ProjectStatus.FAILED && !request.asPreview()) {
            projects.moveTo(person.id(), project.id(), ProjectStatus.DEPLOYING);
        }
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), target, pendingProviderId(target, id), commit, null, changeId);
        String secrets = environment.isEmpty() ? null
                : cipher.encrypt(json.writeValueAsString(environment), id, ENVIRONMENT_PURPOSE);
        return schedule(person, project, id, Phrase.of("progress.deploy.queued." + (target.equals(VERCEL) ? "vercel" : "builtIn"),
                commit.substring(0, 7)), secrets);
    }

    /** Puts an earlier READY deployment back on the production URL, as a deployment of its own. */
    @Transactional
    public Deployment rollback(SignedInUser person, String deploymentId) {
        Deployment earlier = find(person.id(), deploymentId);
        Project project = projects.get(person.id(), earlier.projectId());
        records.active(project.id()).ifPresent(active -> {
            throw new ConflictException(Phrase.of("deploy.refusal.running"));
        });
        if (earlier.preview()) {
            throw new ConflictException("That deployment is a preview: put it live with POST /api/deployments/"
                    + earlier.id() + "/promote.");
        }
        if (earlier.status() != DeploymentStatus.READY || earlier.rollbackOf() != null) {
            throw new ConflictException(Phrase.of("deploy.refusal.notLive", Phrase.of("deploy.refusal.status." + earlier.status().name())));
        }
        if (earlier.live()) {
            throw new ConflictException(Phrase.of("deploy.refusal.isLive"));
        }
        if (earlier.provider().equals(BUILT_IN) && !keptBuild(project.id(), earlier.id())) {
            throw new ConflictException(Phrase.of("deploy.refusal.notKept"));
        }
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), earlier.provider(), pendingProviderId(earlier.provider(), id),
                earlier.commitSha(), earlier.id(), null);
        return schedule(person, project, id, Phrase.of("progress.deploy.queued.rollback", String.valueOf(earlier.createdAt())), null);
    }

    /**
     * What undoing {@code deploymentId} (a change's deployment) would return to; a {@link UndoTarget.Refused} saying
     * why not when it cannot be undone: not on the built-in deployer, not live, its database copy or the build
     * before it no longer kept, or nothing served before it.
     */
    public UndoTarget undoTarget(String userId, String deploymentId) {
        Deployment undone = find(userId, deploymentId);
        if (!undone.provider().equals(BUILT_IN)) {
            throw new UndoTarget.Refused(UndoTarget.Refusal.VERCEL, "Undo puts back a copy of the app's database that the built-in deployer keeps; "
                    + "this version was deployed on Vercel, whose database True Coding does not hold. Roll the code "
                    + "back from the deployments page instead (its data stays as it is).");
        }
        if (undone.status() != DeploymentStatus.READY) {
            throw new UndoTarget.Refused(UndoTarget.Refusal.NEVER_LIVE, "This version never went live, so there is nothing to undo.");
        }
        if (!undone.live()) {
            throw new UndoTarget.Refused(UndoTarget.Refusal.NOT_LIVE, "This version is no longer the live one (a later deployment or rollback "
                    + "replaced it); only the version live now can be undone. Nothing was changed.");
        }
        var snapshot = deployer.snapshotBefore(undone.projectId(), undone.id()).orElseThrow(() ->
                new UndoTarget.Refused(UndoTarget.Refusal.SNAPSHOT_GONE, BuiltInDeployer.UNDO_SNAPSHOT_GONE));
        if (snapshot.previousDeploymentId() == null) {
            throw new UndoTarget.Refused(UndoTarget.Refusal.NOTHING_BEFORE, BuiltInDeployer.UNDO_NOTHING_BEFORE);
        }
        if (!keptBuild(undone.projectId(), snapshot.previousDeploymentId())) {
            throw new UndoTarget.Refused(UndoTarget.Refusal.BUILD_GONE, "The build that served before this version is no longer kept, so it cannot be "
                    + "started again; nothing was changed.");
        }
        Optional<Deployment> before = records.find(userId, snapshot.previousDeploymentId());
        return new UndoTarget(undone.id(), snapshot.previousDeploymentId(),
                before.map(Deployment::commitSha).orElse(null), before.map(Deployment::createdAt).orElse(null),
                snapshot.takenAt(), snapshot.bytes());
    }

    /**
     * Undoes a change's live deployment, as a deployment of its own (a stage of the change's run): the build that
     * served before it goes live again on the database as it was just before the change's deployment.
     *
     * @throws ConflictException as {@link #undoTarget}, or when a deployment is already going
     */
    @Transactional
    public Deployment undo(SignedInUser person, String deploymentId, String changeId) {
        UndoTarget target = undoTarget(person.id(), deploymentId);
        Deployment undone = find(person.id(), deploymentId);
        Project project = projects.get(person.id(), undone.projectId());
        records.active(project.id()).ifPresent(active -> {
            throw new ConflictException("A deployment is already going for this project; wait for it or cancel it first.");
        });
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), BUILT_IN, pendingProviderId(BUILT_IN, id),
                target.returnsToCommitSha(), target.returnsTo(), changeId);
        records.markUndo(id, deploymentId);
        return schedule(person, project, id, Phrase.of("progress.deploy.queued.undo", String.valueOf(undone.createdAt()),
                String.valueOf(target.returnsToCreatedAt())), null);
    }

    /**
     * Puts a running preview live, as a deployment of its own (its {@code rollbackOf} is the preview): the same
     * build, its migrations rehearsed on a fresh copy of the live data, then run on production's database.
     */
    @Transactional
    public Deployment promote(SignedInUser person, String previewId) {
        Deployment preview = find(person.id(), previewId);
        Project project = projects.get(person.id(), preview.projectId());
        if (!preview.preview()) {
            throw new ConflictException("That deployment is not a preview; to put an earlier deployment back, roll back to it.");
        }
        if (!preview.previewRunning()) {
            throw new ConflictException(preview.previewEndedAt() != null
                    ? "That preview was stopped (it expired, was put live, or a newer one replaced it); apply the change as a preview again."
                    : "That preview is not up (it is " + preview.status().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        records.active(project.id()).ifPresent(active -> {
            throw new ConflictException("A deployment is already going for this project; wait for it or cancel it first.");
        });
        if (project.status() != ProjectStatus.LIVE) {
            throw new ConflictException("Project '" + project.name() + "' " + project.statusPhrase()
                    + "; a preview is put live when nothing else is running.");
        }
        if (!keptBuild(project.id(), preview.id())) {
            throw new ConflictException("The build of that preview is no longer kept; apply the change as a preview again.");
        }
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), BUILT_IN, pendingProviderId(BUILT_IN, id), preview.commitSha(),
                preview.id(), null);
        return schedule(person, project, id, Phrase.of("progress.deploy.queued.promote", preview.previewNumber()), null);
    }

    /** Stops previews whose time is up, deletes their copies of the data and records it; how many were stopped. */
    public int expirePreviews() throws IOException {
        List<String> expired = deployer.expirePreviews(Instant.now());
        records.previewEnded(expired);
        return expired.size();
    }

    /** A preview runs on the built-in deployer, next to a live app whose data it copies. */
    private String previewTarget(Project project, String requested, String changeId) {
        if (VERCEL.equals(requested)) {
            throw new ConflictException("Previews run on the built-in deployer for now; deploy to Vercel without preview.");
        }
        if (deployer.live(project.id()).isEmpty()) {
            throw new ConflictException("A preview runs on a copy of the live app's data, and this app has no live "
                    + "deployment on the built-in deployer; deploy it first.");
        }
        if (changeId == null && project.status() != ProjectStatus.LIVE) {
            throw new ConflictException("Project '" + project.name() + "' " + project.statusPhrase()
                    + "; a preview is made of a live app.");
        }
        return BUILT_IN;
    }

    /** Cancels a deployment that has not finished; a finished one is a conflict. */
    @Transactional
    public Deployment cancel(SignedInUser person, String deploymentId) {
        Deployment deployment = find(person.id(), deploymentId);
        if (!deployment.status().active()) {
            throw new ConflictException(Phrase.of("deploy.refusal.ended", Phrase.of("deploy.refusal.status." + deployment.status().name())));
        }
        if (deployment.status() == DeploymentStatus.QUEUED) {
            durableRuns.cancelQueued(RunType.DEPLOYMENT, deployment.id(), "Canceled before it started.");
        } else if (deployment.provider().equals(VERCEL)) {
            if (!deployment.vercelDeploymentId().startsWith(PENDING)) {
                vercel.cancel(person.id(), deployment.vercelDeploymentId());
            }
        } else {
            deployer.cancel(deployment.projectId());
        }
        return find(person.id(), deploymentId);
    }

    public Deployment find(String userId, String deploymentId) {
        Deployment deployment = records.find(userId, deploymentId).orElseThrow(() -> new NotFoundException("Deployment"));
        return marked(deployment, liveIds(deployment.projectId()));
    }

    /** The project's deployments, newest first. */
    public List<Deployment> forProject(String userId, String projectId) {
        projects.get(userId, projectId);
        Set<String> live = liveIds(projectId);
        return records.forProject(userId, projectId).stream().map(deployment -> marked(deployment, live)).toList();
    }

    /** The seed's "latest deployment" of a project. */
    public Optional<Deployment> latest(String userId, String projectId) {
        projects.get(userId, projectId);
        return records.latest(projectId).map(deployment -> marked(deployment, liveIds(projectId)));
    }

    public List<DeploymentEvent> events(String userId, String deploymentId, int afterId) {
        find(userId, deploymentId);
        return events.after(deploymentId, afterId).stream().map(DeploymentEvent::of).toList();
    }

    /** The deployment's build log (and its app's start log), as kept by the built-in deployer. */
    public String log(String userId, String deploymentId) throws IOException {
        Deployment deployment = find(userId, deploymentId);
        StringBuilder text = new StringBuilder();
        for (var file : List.of(deployer.buildLog(deployment.projectId(), deployment.id()),
                deployer.runLog(deployment.projectId(), deployment.id()))) {
            if (Files.isRegularFile(file)) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    /**
     * The plan's secret variables whose values the next deployment asks for: on a first deployment to Vercel; none
     * on the built-in deployer.
     */
    public List<TechnicalPlan.EnvVariable> secretsToAsk(SignedInUser person, Project project) {
        if (!chooseTarget(person, project, null).equals(VERCEL) || project.vercelProjectId() != null) {
            return List.of();
        }
        return secretVariables(project);
    }

    /** Why the project cannot deploy now (a sentence for the person), or null when it can. */
    public String whyNotNow(String userId, Project project) {
        Optional<Deployment> active = records.active(project.id());
        if (active.isPresent()) {
            return "A deployment is already going for this project; follow it at /api/deployments/" + active.get().id()
                    + "/events, or cancel it.";
        }
        if (!generated(userId, project)) {
            return "The app has not been generated yet: generate it first (the Generate step), then deploy.";
        }
        ProjectStatus status = project.status();
        boolean retry = status == ProjectStatus.FAILED && project.failedPhase() == ProjectStatus.DEPLOYING;
        if (!retry && status != ProjectStatus.DEPLOYING && status != ProjectStatus.LIVE) {
            return "Project '" + project.name() + "' " + project.statusPhrase() + "; it deploys once its app is generated.";
        }
        return null;
    }

    /** As {@link #whyNotNow}, for the deployment stage of a change's run (which moved the project on itself). */
    private String whyNotForChange(String userId, Project project) {
        String refusal = whyNotNow(userId, project);
        boolean changing = project.status() == ProjectStatus.GENERATING || project.status() == ProjectStatus.DEPLOYING;
        return refusal == null || changing && records.active(project.id()).isEmpty() && generated(userId, project)
                ? null : refusal;
    }

    private boolean generated(String userId, Project project) {
        return project.githubRepoName() != null && generation.forProject(userId, project.id()).stream()
                .anyMatch(run -> run.status() == GenerationRun.Status.SUCCEEDED);
    }

    private String headCommit(SignedInUser person, Project project) {
        return hosts.byId(project.gitHost()).headCommit(person, repositoryOf(project)).orElseThrow(() ->
                new ConflictException(Phrase.of("deploy.refusal.noCommit")));
    }

    /** The deployment's first event and its job, whose data is the encrypted environment values (or null). */
    private Deployment schedule(SignedInUser person, Project project, String id, Phrase queued, String encryptedEnvironment) {
        durableRuns.start(RunType.DEPLOYMENT, id, project.id(), DeployStage.IMPORTING.wireName(), queued, encryptedEnvironment);
        return find(person.id(), id);
    }

    /** Vercel when asked (and possible), or by default for a GitHub repository with Vercel connected. */
    private String chooseTarget(SignedInUser person, Project project, String requested) {
        boolean onGitHub = "github".equals(project.gitHost());
        if (VERCEL.equals(requested)) {
            if (!onGitHub) {
                throw new ConflictException(Phrase.of("deploy.refusal.vercelNeedsGitHub"));
            }
            if (!vercelConnections.isConnected(person.id())) {
                throw new ConflictException(Phrase.of("deploy.refusal.vercelNotConnected"));
            }
            return VERCEL;
        }
        return requested == null && onGitHub && vercelConnections.isConnected(person.id()) ? VERCEL : BUILT_IN;
    }

    /**
     * Values only for the plan's secret variables, and only for Vercel; a first deployment to Vercel needs one for
     * every required secret variable (later ones keep what Vercel already has).
     */
    private static Map<String, String> checkEnvironment(Project project, String target, Map<String, String> given) {
        if (given.isEmpty() && !target.equals(VERCEL)) {
            return given;
        }
        if (!target.equals(VERCEL)) {
            throw new ConflictException(Phrase.of("deploy.refusal.noEnvironment"));
        }
        List<TechnicalPlan.EnvVariable> secrets = secretVariables(project);
        Set<String> names = secrets.stream().map(TechnicalPlan.EnvVariable::name).collect(Collectors.toSet());
        List<String> unknown = given.keySet().stream().filter(name -> !names.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ConflictException("Not secret variables of the technical plan: " + String.join(", ", unknown)
                    + ". Values can be given for: " + (names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names))) + ".");
        }
        if (project.vercelProjectId() == null) {
            List<String> missing = secrets.stream().filter(TechnicalPlan.EnvVariable::required).map(TechnicalPlan.EnvVariable::name)
                    .filter(name -> given.get(name) == null || given.get(name).isBlank()).sorted().toList();
            if (!missing.isEmpty()) {
                throw new ConflictException("Enter values for the plan's required secret variables before the first "
                        + "deployment to Vercel: " + String.join(", ", missing) + ". They are sent to Vercel as "
                        + "sensitive variables, never committed and never shown again.");
            }
        }
        return given;
    }

    private static List<TechnicalPlan.EnvVariable> secretVariables(Project project) {
        TechnicalPlan plan = project.technicalPlan();
        if (plan == null || plan.environment() == null || plan.environment().variables() == null) {
            return List.of();
        }
        return plan.environment().variables().stream().filter(TechnicalPlan.EnvVariable::secret).toList();
    }

    private static String pendingProviderId(String provider, String id) {
        return provider.equals(VERCEL) ? PENDING + id : BUILT_IN + "_" + id;
    }

    private boolean keptBuild(String projectId, String deploymentId) {
        try {
            return deployer.builds(projectId).stream().anyMatch(build -> build.deploymentId().equals(deploymentId) && build.built());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The deployments the production URLs serve now: the built-in deployer's live app, and on Vercel the latest
     * deployment that went live (a rollback's target). Worked out once per answer, not per row.
     */
    private Set<String> liveIds(String projectId) {
        Set<String> live = new HashSet<>();
        deployer.live(projectId).ifPresent(app -> live.add(app.deploymentId()));
        records.liveOnProvider(projectId, VERCEL).ifPresent(live::add);
        return live;
    }

    private static Deployment marked(Deployment deployment, Set<String> live) {
        return live.contains(deployment.id()) ? deployment.asLive() : deployment;
    }

    /** The project's repository as its git host names it (the seed's github_repo_* fields). */
    public static RepositoryRef repositoryOf(Project project) {
        return new RepositoryRef(project.githubRepoOwner(), project.githubRepoName(), null, project.githubRepoUrl());
    }
}
