package dev.truecoding.generation;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.run.GeneratedFiles;
import dev.truecoding.generation.run.GenerationRuns;
import dev.truecoding.generation.run.HostChooser;
import dev.truecoding.generation.run.ValidatedBuilds;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import dev.truecoding.project.ProjectStatus;
import dev.truecoding.run.DurableRuns;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.RunEvents;
import dev.truecoding.run.RunType;
import dev.truecoding.system.Phrase;
import dev.truecoding.system.ConflictException;
import dev.truecoding.system.Ids;
import dev.truecoding.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The public API of generation runs. Starting one moves the project to GENERATING, records the run and
 * schedules its durable job in one transaction: either all three happen or none.
 */
@Service
public class GenerationService {

    private final ProjectService projects;
    private final GenerationRuns runs;
    private final GeneratedFiles files;
    private final GitHosts hosts;
    private final HostChooser chooser;
    private final ValidatedBuilds builds;
    private final DurableRuns durableRuns;
    private final RunEvents events;

    GenerationService(ProjectService projects, GenerationRuns runs, GeneratedFiles files, GitHosts hosts, HostChooser chooser,
                      ValidatedBuilds builds, DurableRuns durableRuns, RunEvents events) {
        this.projects = projects;
        this.runs = runs;
        this.files = files;
        this.hosts = hosts;
        this.chooser = chooser;
        this.builds = builds;
        this.durableRuns = durableRuns;
        this.events = events;
    }

    /**
     * Starts generating the project's app from its approved technical plan.
     *
     * @throws ConflictException when a run is already going, there is no approved plan, the project is in a
     *                           phase that cannot generate, or the host asked for is not connected
     */
    @Transactional
    public GenerationRun start(SignedInUser person, GenerationRequest request) {
        Project project = projects.get(person.id(), request.projectId());
        String refusal = whyNotNow(project);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        GitHost host = chooser.choose(person, project, request.host());
        projects.moveTo(person.id(), project.id(), ProjectStatus.GENERATING);
        String runId = Ids.newId();
        runs.insert(runId, project.id(), person.id(), host.id(), project.technicalPlan(), request.budget());
        durableRuns.start(RunType.GENERATION, runId, project.id(), GenerationStage.CREATING_REPO.wireName(),
                Phrase.of("progress.generation.queued", host.displayName()), null);
        return find(person.id(), runId);
    }

    public GenerationRun find(String userId, String runId) {
        return runs.find(userId, runId).orElseThrow(() -> new NotFoundException("Generation run"));
    }

    /** The project's runs, newest first. */
    public List<GenerationRun> forProject(String userId, String projectId) {
        projects.get(userId, projectId);
        return runs.forProject(userId, projectId);
    }

    /** The run's events after {@code afterId} (0 for all), in order. */
    public List<RunEvent> events(String userId, String runId, int afterId) {
        find(userId, runId);
        return events.after(runId, afterId);
    }

    /** The project's app as last committed: the seed's GeneratedFile rows. */
    public List<GeneratedFile> files(String userId, String projectId) {
        projects.get(userId, projectId);
        return files.forProject(projectId);
    }

    /** The hosts the person could generate on now, and the one a new run of the project would use. */
    public HostChoice hostChoice(SignedInUser person, Project project) {
        List<HostChoice.Option> options = hosts.all().stream()
                .map(host -> new HostChoice.Option(host.id(), host.displayName(), host.availableTo(person)))
                .toList();
        return new HostChoice(options, chooser.choose(person, project, null).id());
    }

    /** The installed and built app of a commit, when a generation validated exactly that commit last. */
    public Optional<Path> validatedBuild(String projectId, String commitSha) {
        return builds.find(projectId, commitSha);
    }

    /** Why the project cannot start a generation now (a sentence for the person), or null when it can. */
    public String whyNotNow(Project project) {
        Optional<GenerationRun> running = runs.running(project.id());
        if (running.isPresent()) {
            return "A generation is already running for this project; follow it at /api/generations/"
                    + running.get().id() + "/events.";
        }
        if (project.technicalPlan() == null) {
            return "Project '" + project.name() + "' has no approved technical plan yet; "
                    + "finish Planning and approve the plan first.";
        }
        ProjectStatus status = project.status();
        if (!status.canMoveTo(ProjectStatus.GENERATING, project.failedPhase())) {
            return "Project '" + project.name() + "' " + project.statusPhrase() + "; it can be generated once its technical plan is "
                    + "approved (Connecting), after a failed generation, or again once generated.";
        }
        return null;
    }

    /** Which hosts a person may choose for a project's next generation, and the default. */
    public record HostChoice(List<Option> options, String defaultHost) {

        public record Option(String id, String name, boolean available) {
        }
    }
}
