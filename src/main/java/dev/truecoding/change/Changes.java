package dev.truecoding.change;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.AppDataCounts;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.deploy.UndoTarget;
import dev.truecoding.generation.AppVersion;
import dev.truecoding.generation.AppVersions;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.git.ConflictSide;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.PlanValidator;
import dev.truecoding.plan.Renames;
import dev.truecoding.plan.TechnicalPlan;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The public API of changes to a live app. A proposal is compared with the plan the live app was generated from
 * (its diff and its effect on the live data); the project's own plans change only once the change is applied.
 * Applying checks everything first (a 409 saying what to do, and nothing changed) and starts the change's run.
 */
@Service
public class Changes {

    private final ChangeRecords records;
    private final ProjectService projects;
    private final AppVersions versions;
    private final GenerationService generation;
    private final DeploymentService deployments;
    private final PlanValidator validator;
    private final DurableRuns runs;
    private final RunEvents events;
    private final ObjectProvider<AppDataCounts> counts;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final ChangeUndo undo;

    Changes(ChangeRecords records, ProjectService projects, AppVersions versions, GenerationService generation,
            DeploymentService deployments, PlanValidator validator, DurableRuns runs, RunEvents events,
            ObjectProvider<AppDataCounts> counts, ApplicationEventPublisher publisher, JsonMapper json, ChangeUndo undo) {
        this.undo = undo;
        this.records = records;
        this.projects = projects;
        this.versions = versions;
        this.generation = generation;
        this.deployments = deployments;
        this.validator = validator;
        this.runs = runs;
        this.events = events;
        this.counts = counts;
        this.publisher = publisher;
        this.json = json;
    }

    /**
     * Proposes a new version of the plans for the live app, or refines the conversation's proposal: at most one
     * PROPOSED change per conversation.
     *
     * @param business the proposed business plan, or null to leave it as it is
     * @param renames  the renames declared so far (the conversation's, cumulative)
     * @throws ConflictException when the project is not live, or the proposal changes nothing
     */
    @Transactional
    public Change propose(String userId, String projectId, String conversationId, TechnicalPlan technical,
                          BusinessPlan business, Renames renames) {
        Objects.requireNonNull(technical, "the proposed technical plan");
        Project project = projects.get(userId, projectId);
        if (project.status() != ProjectStatus.LIVE) {
            throw new ConflictException("Project '" + project.name() + "' " + project.statusPhrase()
                    + "; changes are proposed for a live app.");
        }
        AppVersion base = versions.last(projectId).orElseThrow(() -> new ConflictException(Phrase.of("change.refusal.notGenerated")));
        validator.check(technical);
        if (business != null) {
            validator.check(business);
        }
        var existing = conversationId == null ? java.util.Optional.<String>empty() : records.proposedIn(userId, conversationId);
        List<RenameAnswer> answers = existing.flatMap(id -> records.find(userId, id))
                .map(ChangeRecords.Stored::answers).orElse(List.of());
        ChangeRecords.Proposal proposal = proposal(userId, project, base.plan(), technical, business,
                renames == null ? Renames.NONE : renames, answers);
        if (proposal.diff().changes().isEmpty()) {
            throw new ConflictException(Phrase.of("change.refusal.nothing"));
        }
        String id = existing.orElseGet(Ids::newId);
        if (existing.isPresent()) {
            records.update(id, proposal);
        } else {
            records.insert(id, projectId, userId, conversationId, proposal);
        }
        return get(userId, id);
    }

    /** The conversation's PROPOSED change, if it has one (what its next message refines). */
    public java.util.Optional<Change> proposedIn(String userId, String conversationId) {
        return records.proposedIn(userId, conversationId).map(id -> get(userId, id));
    }

    public Change get(String userId, String changeId) {
        return stored(userId, changeId).change();
    }

    /** The project's changes, newest first. */
    public List<Change> forProject(String userId, String projectId) {
        projects.get(userId, projectId);
        return records.forProject(userId, projectId);
    }

    /** The change run's stored events after {@code afterId} (0: all). */
    public List<RunEvent> events(String userId, String changeId, int afterId) {
        get(userId, changeId);
        return events.after(changeId, afterId);
    }

    /**
     * Answers possible renames: a rename moves the stored values (the diff and data effects are worked out again);
     * "not a rename" keeps the removal and the addition. Each answer must name a possible rename of the change.
     */
    @Transactional
    public Change answerRenames(String userId, String changeId, List<RenameAnswer> given) {
        ChangeRecords.Stored stored = stored(userId, changeId);
        requireProposed(stored.change());
        List<PossibleRename> open = stored.change().diff().possibleRenames();
        for (RenameAnswer answer : given) {
            if (open.stream().noneMatch(answer::answers)) {
                throw new IllegalArgumentException("'" + answer.from() + "' → '" + answer.to()
                        + "' is not an open question of this change; open: " + (open.isEmpty() ? "none"
                        : open.stream().map(p -> p.from() + " → " + p.to()).collect(Collectors.joining(", "))) + ".");
            }
        }
        List<RenameAnswer> answers = new ArrayList<>(stored.answers());
        answers.addAll(given);
        Project project = projects.get(userId, stored.change().projectId());
        records.update(changeId, proposal(userId, project, stored.basePlan(), stored.change().technicalPlan(),
                stored.change().businessPlan(), stored.renames(), answers));
        return get(userId, changeId);
    }

    /**
     * Starts applying the change: the project goes to Generating, and the change's run merges, validates, commits
     * and deploys it.
     *
     * @throws ConflictException when the change is not PROPOSED, possible renames are unanswered, data would be lost
     *                           without {@code confirmDataLoss}, the project is not live, or other work is going on
     */
    public Change apply(SignedInUser person, String changeId, boolean confirmDataLoss) {
        return apply(person, changeId, confirmDataLoss, null);
    }

    /**
     * Starts applying a PROPOSED change, or a FAILED one again (a new attempt: after the owner pushed a fix, or
     * choosing a side for its conflicts): the project goes to Generating, and the change's run merges with the
     * repository as it is now, validates, commits and deploys.
     *
     * @param resolveConflicts the side conflicting edits take, or null: a conflict stops the run
     * @throws ConflictException when the change is neither PROPOSED nor FAILED, possible renames are unanswered,
     *                           data would be lost without {@code confirmDataLoss}, the project is not live, or other
     *                           work is going on
     */
    public Change apply(SignedInUser person, String changeId, boolean confirmDataLoss, ConflictSide resolveConflicts) {
        return apply(person, changeId, confirmDataLoss, resolveConflicts, false);
    }

    /**
     * As {@link #apply(SignedInUser, String, boolean, ConflictSide)}; with {@code preview} the run deploys it as a
     * preview (its own address, a copy of the live data) and ends at PREVIEW, production unchanged.
     */
    @Transactional
    public Change apply(SignedInUser person, String changeId, boolean confirmDataLoss, ConflictSide resolveConflicts,
                        boolean preview) {
        ChangeRecords.Stored stored = stored(person.id(), changeId);
        Change change = stored.change();
        boolean again = change.status() == ChangeStatus.FAILED;
        if (!again) {
            requireProposed(change);
        }
        Project project = projects.get(person.id(), change.projectId());
        if (project.status() != ProjectStatus.LIVE) {
            throw new ConflictException("Project '" + project.name() + "' " + project.statusPhrase()
                    + "; a change is applied to a live app when nothing else is running.");
        }
        records.applying(project.id()).ifPresent(other -> {
            throw new ConflictException(Phrase.of("change.refusal.another", other));
        });
        generation.forProject(person.id(), project.id()).stream()
                .filter(run -> run.status() == dev.truecoding.generation.GenerationRun.Status.RUNNING).findFirst()
                .ifPresent(run -> {
                    throw new ConflictException(Phrase.of("change.refusal.generating"));
                });
        deployments.latest(person.id(), project.id()).filter(deployment -> deployment.status().active())
                .ifPresent(deployment -> {
                    throw new ConflictException(Phrase.of("change.refusal.deploying", deployment.id()));
                });
        if (!change.diff().possibleRenames().isEmpty()) {
            throw new ConflictException("Answer first whether these are renames (a rename keeps the stored values): "
                    + change.diff().possibleRenames().stream().map(PossibleRename::question).collect(Collectors.joining(" "))
                    + " Answer with POST /api/changes/" + change.id() + "/renames.");
        }
        if (change.dataEffects().losesData() && !confirmDataLoss) {
            throw new ConflictException("This change loses stored data: " + change.dataEffects().destructive().stream()
                    .map(DataEffect::words).collect(Collectors.joining("; "))
                    + ". Apply it with confirmDataLoss true to go ahead; nothing was changed.");
        }
        AppVersion base = versions.last(project.id()).orElseThrow(() -> new ConflictException(Phrase.of("change.refusal.notGeneratedYet")));
        boolean sameBase = json.writeValueAsString(base.plan()).equals(json.writeValueAsString(stored.basePlan()));
        // A change whose deployment failed has recorded its own commit as the last version: applied again, it
        // starts from there (its plan is the last one generated).
        boolean ownVersion = again && versions.recordedBy(change.id())
                && json.writeValueAsString(base.plan()).equals(json.writeValueAsString(change.technicalPlan()));
        if (!sameBase && !ownVersion) {
            throw new ConflictException(Phrase.of("change.refusal.regenerated"));
        }
        boolean started = again ? records.retry(change.id(), confirmDataLoss) : records.startApplying(change.id(), confirmDataLoss);
        if (!started) {
            throw new ConflictException("The change is no longer " + (again ? "failed (it is being applied again)"
                    : "proposed (it was applied or discarded meanwhile)") + ".");
        }
        records.preview(change.id(), preview);
        projects.moveTo(person.id(), project.id(), ProjectStatus.GENERATING);
        Phrase queued = Phrase.of("progress.change.queued" + (again ? "Again" : "") + (preview ? "Preview" : "")
                + (resolveConflicts == null ? "" : "." + resolveConflicts.name()), change.summary());
        runs.start(RunType.CHANGE, change.id(), project.id(), ChangeStage.MERGING.wireName(), queued,
                resolveConflicts == null ? null : resolveConflicts.name());
        return get(person.id(), change.id());
    }

    /**
     * The id of the last event before the change's current attempt (0 for its first): where following the
     * attempt starts, so a change applied again is not shown its earlier failure as its end.
     */
    public int attemptStartsAfter(String userId, String changeId) {
        return events(userId, changeId, 0).stream().filter(event -> event.kind().equals(RunEvent.FAILED))
                .mapToInt(RunEvent::id).max().orElse(0);
    }

    /**
     * What undoing the change would do (see {@link UndoPlan}): possible for the applied change whose version is the
     * live one, on the built-in deployer, while the copy of the database taken before it is kept.
     */
    public UndoPlan undoPlan(String userId, String changeId) {
        ChangeRecords.Stored stored = stored(userId, changeId);
        Change change = stored.change();
        UndoPlan refusal = whyNoUndo(userId, change);
        if (refusal != null) {
            return refusal;
        }
        UndoTarget target;
        try {
            target = deployments.undoTarget(userId, change.deploymentId());
        } catch (UndoTarget.Refused refused) {
            return UndoPlan.refused(change.id(), UndoPlan.Reason.valueOf(refused.reason().name()), refused.getMessage());
        }
        ChangeRecords.UndoState state = records.undoState(change.id()).orElseThrow(() -> new NotFoundException("Change"));
        List<UndoPlan.TableRows> rows = state.liveCounts() == null ? List.of()
                : undo.rowsSince(userId, change.projectId(), state.liveCounts());
        Long written = rows.stream().anyMatch(row -> row.written() == null) ? null
                : rows.stream().mapToLong(row -> Math.max(0, row.written())).sum();
        return new UndoPlan(change.id(), true, null, null, target.returnsTo(), target.returnsToCommitSha(),
                target.returnsToCreatedAt(), target.snapshotTakenAt(), target.snapshotBytes(), rows, written,
                "A revert commit is added on top of the repository's head (history is kept, and so are commits made "
                        + "since the change); if they conflict with the revert, undo stops before anything changes.");
    }

    /**
     * Undoes the change: its run reverts it in the repository, then puts back the version that served before it on
     * the copy of the database taken just before it went live. The project is Generating, then Deploying meanwhile.
     *
     * @throws ConflictException when {@link #undoPlan} says it is not possible, or other work is going on
     */
    @Transactional
    public Change undo(SignedInUser person, String changeId) {
        UndoPlan plan = undoPlan(person.id(), changeId);
        if (!plan.possible()) {
            throw new ConflictException(plan.refusal());
        }
        Change change = get(person.id(), changeId);
        deployments.latest(person.id(), change.projectId()).filter(deployment -> deployment.status().active())
                .ifPresent(deployment -> {
                    throw new ConflictException("A deployment is going for this project (" + deployment.id()
                            + "); wait for it or cancel it, then undo.");
                });
        if (!records.startUndo(change.id())) {
            throw new ConflictException("The change is no longer applied (it is being undone already).");
        }
        // As when it was applied: Generating while the revert is merged, Deploying while it is put live.
        projects.moveTo(person.id(), change.projectId(), ProjectStatus.GENERATING);
        runs.start(RunType.CHANGE, change.id(), change.projectId(), ChangeStage.MERGING.wireName(),
                Phrase.of("progress.change.queuedUndo", change.summary()), null);
        return get(person.id(), change.id());
    }

    /** The last event before the change's undo started (what following the undo starts after). */
    public int lastEventId(String userId, String changeId) {
        return events(userId, changeId, 0).stream().mapToInt(RunEvent::id).max().orElse(0);
    }

    /** Why the change cannot be undone, as far as the change itself says; null when it can. */
    private UndoPlan whyNoUndo(String userId, Change change) {
        String id = change.id();
        if (change.status() == ChangeStatus.UNDONE) {
            return UndoPlan.refused(id, UndoPlan.Reason.ALREADY_UNDONE, "This change is already undone.");
        }
        if (change.status() == ChangeStatus.UNDOING) {
            return UndoPlan.refused(id, UndoPlan.Reason.UNDOING, "This change is being undone now.");
        }
        if (change.status() != ChangeStatus.APPLIED || change.deploymentId() == null) {
            return UndoPlan.refused(id, UndoPlan.Reason.NOT_APPLIED, "Only an applied change can be undone; this one is "
                    + change.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Project project = projects.get(userId, change.projectId());
        if (project.status() != ProjectStatus.LIVE) {
            return UndoPlan.refused(id, UndoPlan.Reason.PROJECT_BUSY, "Project '" + project.name() + "' "
                    + project.statusPhrase() + "; a change is undone when the app is live and nothing else is running.");
        }
        if (records.undoState(id).map(state -> state.baseFiles() == null).orElse(true)) {
            return UndoPlan.refused(id, UndoPlan.Reason.APPLIED_BEFORE_UNDO, "This change was applied before True Coding "
                    + "kept what undoing it needs (the files generated before it); roll the code back from the "
                    + "deployments page instead.");
        }
        boolean lastVersion = versions.last(change.projectId()).map(AppVersion::commitSha)
                .filter(sha -> sha.equals(change.commitSha())).isPresent();
        if (!lastVersion) {
            return UndoPlan.refused(id, UndoPlan.Reason.LATER_CHANGE, "A later change was committed since this one; "
                    + "undo that one first (only the latest change can be undone).");
        }
        return null;
    }

    /** Discards a proposed change; its conversation is abandoned. */
    @Transactional
    public Change discard(String userId, String changeId) {
        Change change = get(userId, changeId);
        requireProposed(change);
        if (!records.discard(changeId)) {
            throw new ConflictException(Phrase.of("change.refusal.appliedMeanwhile"));
        }
        publisher.publishEvent(new ChangeEnded(change.id(), userId, change.projectId(), change.conversationId(),
                ChangeStatus.DISCARDED));
        return get(userId, changeId);
    }

    private ChangeRecords.Proposal proposal(String userId, Project project, TechnicalPlan basePlan, TechnicalPlan technical,
                                            BusinessPlan business, Renames declared, List<RenameAnswer> answers) {
        Renames taken = declared;
        for (RenameAnswer answer : answers) {
            if (Boolean.TRUE.equals(answer.rename())) {
                taken = withRename(taken, answer);
            }
        }
        BusinessPlan after = business == null ? project.businessPlan() : business;
        PlanDiff diff = PlanDiff.between(new Plans(project.businessPlan(), basePlan), new Plans(after, technical), taken);
        DataEffects effects = DataEffects.of(diff, basePlan, technical,
                LiveAppData.of(counts.getIfAvailable(), userId, project.id()));
        return new ChangeRecords.Proposal(diff.summary(), technical, business, declared, answers, basePlan,
                ChangeDiff.of(diff, answers), effects);
    }

    private static Renames withRename(Renames renames, RenameAnswer answer) {
        int dot = answer.from().indexOf('.');
        if (dot < 0) {
            return renames.entity(answer.from(), answer.to());
        }
        String entity = answer.to().substring(0, Math.max(0, answer.to().indexOf('.')));
        return renames.field(entity, answer.from().substring(dot + 1), answer.to().substring(answer.to().indexOf('.') + 1));
    }

    private ChangeRecords.Stored stored(String userId, String changeId) {
        return records.find(userId, changeId).orElseThrow(() -> new NotFoundException("Change"));
    }

    private static void requireProposed(Change change) {
        if (change.status() != ChangeStatus.PROPOSED) {
            throw new ConflictException("The change is " + change.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a proposed change can be answered or discarded, and a proposed or failed one applied.");
        }
    }
}
