package dev.truecoding.deploy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.run.DeploymentRecords;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.EventSignal;
import dev.truecoding.system.Ids;
import dev.truecoding.system.NotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The public API of deployments. Starting one records it (QUEUED) and schedules its durable job in one
 * transaction; every prerequisite is checked first, with a message that says what to do, and nothing changes
 * when one is missing.
 */
@Service
public class DeploymentService {

    public static final String BUILT_IN = "builtin";

    private final ProjectService projects;
    private final GenerationService generation;
    private final DeploymentRecords records;
    private final BuiltInDeployer deployer;
    private final List<GitHost> hosts;
    private final Scheduler scheduler;
    private final OneTimeTask<Void> runTask;
    private final EventSignal signal;

    DeploymentService(ProjectService projects, GenerationService generation, DeploymentRecords records,
                      BuiltInDeployer deployer, List<GitHost> hosts, Scheduler scheduler,
                      @Qualifier("deployRunTask") OneTimeTask<Void> runTask, EventSignal signal) {
        this.projects = projects;
        this.generation = generation;
        this.records = records;
        this.deployer = deployer;
        this.hosts = hosts;
        this.scheduler = scheduler;
        this.runTask = runTask;
        this.signal = signal;
    }

    /**
     * Deploys the head of the project's repository.
     *
     * @throws ConflictException when the app was not generated yet, a deployment is already going, or the
     *                           deployer asked for cannot deploy this project
     */
    @Transactional
    public Deployment start(SignedInUser person, DeployRequest request) {
        Project project = projects.get(person.id(), request.projectId());
        checkCanDeploy(person.id(), project);
        if (request.target() != null && !request.target().equals(BUILT_IN)) {
            throw new ConflictException("Deploying to Vercel needs the repository on GitHub and Vercel connected "
                    + "(Settings → Vercel); this project deploys on the built-in deployer.");
        }
        String commit = headCommit(person, project);
        if (project.status() == ProjectStatus.FAILED) {
            projects.moveTo(person.id(), project.id(), ProjectStatus.DEPLOYING);
        }
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), BUILT_IN, BUILT_IN + "_" + id, commit, null);
        queued(id, "Queued: deploying commit " + commit.substring(0, 7) + " on the built-in deployer");
        return schedule(person, id);
    }

    /** Puts an earlier READY deployment back on the production URL, as a deployment of its own. */
    @Transactional
    public Deployment rollback(SignedInUser person, String deploymentId) {
        Deployment earlier = find(person.id(), deploymentId);
        Project project = projects.get(person.id(), earlier.projectId());
        records.active(project.id()).ifPresent(active -> {
            throw new ConflictException("A deployment is already going for this project; wait for it or cancel it first.");
        });
        if (earlier.status() != DeploymentStatus.READY || earlier.rollbackOf() != null) {
            throw new ConflictException("Only a deployment that went live can be rolled back to; this one is "
                    + earlier.status().name().toLowerCase() + ".");
        }
        if (earlier.live()) {
            throw new ConflictException("That deployment is the one live now.");
        }
        boolean kept;
        try {
            kept = deployer.builds(project.id()).stream()
                    .anyMatch(build -> build.deploymentId().equals(earlier.id()) && build.built());
        } catch (IOException e) {
            kept = false;
        }
        if (!kept) {
            throw new ConflictException("The build of that deployment is no longer kept (only the latest few are); "
                    + "deploy its commit again instead.");
        }
        String id = Ids.newId();
        records.insert(id, project.id(), person.id(), BUILT_IN, BUILT_IN + "_" + id, earlier.commitSha(), earlier.id());
        queued(id, "Queued: rolling back to the deployment of " + earlier.createdAt());
        return schedule(person, id);
    }

    /** Cancels a deployment that has not finished; a finished one is a conflict. */
    @Transactional
    public Deployment cancel(SignedInUser person, String deploymentId) {
        Deployment deployment = find(person.id(), deploymentId);
        if (!deployment.status().active()) {
            throw new ConflictException("The deployment already ended (" + deployment.status().name().toLowerCase() + ").");
        }
        if (deployment.status() == DeploymentStatus.QUEUED) {
            scheduler.cancel(runTask.instance(deployment.id()));
            if (records.finish(deployment.id(), DeploymentStatus.CANCELED, null, "Canceled before it started.", null)) {
                records.appendProgress(deployment.id(), new DeployProgress(DeployProgress.ERROR, "Canceled before it started.", null));
                signal.signal();
            }
        } else {
            deployer.cancel(deployment.projectId());
        }
        return find(person.id(), deploymentId);
    }

    public Deployment find(String userId, String deploymentId) {
        return records.find(userId, deploymentId, live()).orElseThrow(() -> new NotFoundException("Deployment"));
    }

    /** The project's deployments, newest first. */
    public List<Deployment> forProject(String userId, String projectId) {
        projects.get(userId, projectId);
        return records.forProject(userId, projectId, live());
    }

    /** The seed's "latest deployment" of a project. */
    public Optional<Deployment> latest(String userId, String projectId) {
        projects.get(userId, projectId);
        return records.latest(projectId, live());
    }

    public List<DeploymentEvent> events(String userId, String deploymentId, int afterId) {
        find(userId, deploymentId);
        return records.eventsAfter(deploymentId, afterId);
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

    /** Why the project cannot deploy now (a sentence for the person), or null when it can. */
    public String whyNotNow(String userId, Project project) {
        Optional<Deployment> active = records.active(project.id());
        if (active.isPresent()) {
            return "A deployment is already going for this project; follow it at /api/deployments/" + active.get().id()
                    + "/events, or cancel it.";
        }
        if (project.githubRepoName() == null || generation.forProject(userId, project.id()).stream()
                .noneMatch(run -> run.status() == GenerationRun.Status.SUCCEEDED)) {
            return "The app has not been generated yet: generate it first (the Generate step), then deploy.";
        }
        ProjectStatus status = project.status();
        boolean retry = status == ProjectStatus.FAILED && project.failedPhase() == ProjectStatus.DEPLOYING;
        if (!retry && status != ProjectStatus.DEPLOYING && status != ProjectStatus.LIVE) {
            return "Project '" + project.name() + "' is in " + (status == ProjectStatus.FAILED && project.failedPhase() != null
                    ? "a failed " + project.failedPhase().label() : status.label())
                    + "; it deploys once its app is generated.";
        }
        return null;
    }

    private void checkCanDeploy(String userId, Project project) {
        String refusal = whyNotNow(userId, project);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
    }

    private String headCommit(SignedInUser person, Project project) {
        GitHost host = hosts.stream().filter(h -> h.id().equals(project.gitHost())).findFirst()
                .orElseThrow(() -> new ConflictException("The project's repository host is not available here."));
        RepositoryRef repository = new RepositoryRef(project.githubRepoOwner(), project.githubRepoName(), null,
                project.githubRepoUrl());
        return host.headCommit(person, repository).orElseThrow(() ->
                new ConflictException("The repository has no commit to deploy: generate the app first."));
    }

    private Deployment schedule(SignedInUser person, String id) {
        scheduler.schedule(runTask.instance(id), Instant.now());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }
        });
        return find(person.id(), id);
    }

    private void queued(String id, String message) {
        records.appendProgress(id, new DeployProgress(DeployProgress.IMPORTING, message, null));
        signal.signal();
    }

    /** Whether the production URL serves a deployment now (the built-in deployer's live app). */
    private Predicate<Deployment> live() {
        return deployment -> deployer.live(deployment.projectId())
                .map(app -> app.deploymentId().equals(deployment.id())).orElse(false);
    }
}
