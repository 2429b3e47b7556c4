package dev.truecoding.change;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.ConflictSide;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.RunStreams;
import dev.truecoding.run.RunType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Changes to a live app (names fixed by the issue): list and read them, answer possible renames, apply one
 * ({@code {"confirmDataLoss": bool}}; its run's progress over SSE like {@code /api/generate}, or 202 with the
 * change for {@code Accept: application/json}), discard one, follow its run's events.
 */
@RestController
@Tag(name = "Changes", description = "Change a live app: proposals as a plan diff with their data effects, applied as one run")
class ChangeApiController {

    /**
     * The body of {@code POST /api/changes/{id}/apply}; an empty body is {@code confirmDataLoss: false}.
     * {@code preview: true} deploys it as a preview (its own address, a copy of the live data; production unchanged).
     * {@code resolveConflicts} ("repository": keep the owner's version, "generated": take the generated side)
     * settles the conflicts a failed change stopped at when it is applied again; absent, a conflict stops the run.
     */
    record ApplyRequest(Boolean confirmDataLoss, @Size(max = 20) String resolveConflicts, Boolean preview) {
        boolean confirmed() {
            return Boolean.TRUE.equals(confirmDataLoss);
        }

        boolean asPreview() {
            return Boolean.TRUE.equals(preview);
        }

        ConflictSide side() {
            return ChangeApiController.side(resolveConflicts);
        }
    }

    /** The body of {@code POST /api/changes/{id}/renames}. */
    record RenameAnswers(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull RenameAnswer> answers) {
    }

    private final Changes changes;
    private final RunStreams streams;
    private final ChangeWords words;

    ChangeApiController(Changes changes, RunStreams streams, ChangeWords words) {
        this.changes = changes;
        this.streams = streams;
        this.words = words;
    }

    @GetMapping("/api/projects/{projectId}/changes")
    @Operation(summary = "The project's changes, newest first: status, summary, diff, data effects, conversation "
            + "(in English; in the Accept-Language's language when one is sent: en, pt-BR)")
    List<Change> forProject(SignedInUser user, @PathVariable String projectId,
                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return changes.forProject(user.id(), projectId).stream().map(change -> words.forReader(change, language)).toList();
    }

    @GetMapping("/api/changes/{changeId}")
    @Operation(summary = "One change (in English; in the Accept-Language's language when one is sent: en, pt-BR)")
    Change change(SignedInUser user, @PathVariable String changeId,
                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return words.forReader(changes.get(user.id(), changeId), language);
    }

    @PostMapping(path = "/api/changes/{changeId}/apply", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Apply the change: merge, validate, commit, deploy; streams progress (or 202 with the change "
            + "for Accept: application/json). 409 when it would lose data without confirmDataLoss, has unanswered "
            + "possible renames, or the project is not live and idle")
    ResponseEntity<?> apply(SignedInUser user, @PathVariable String changeId,
                            @Valid @RequestBody(required = false) ApplyRequest request,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ConflictSide side = request == null ? null : request.side();
        // A failed change applied again keeps its earlier events; the stream is this attempt's.
        int after = changes.attemptStartsAfter(user.id(), changeId);
        Change change = changes.apply(user, changeId, request != null && request.confirmed(), side,
                request != null && request.asPreview());
        return streams.started(RunType.CHANGE, change.id(), change, "/api/changes/" + change.id(), "X-Change-Id",
                accept, after, RunEvent::progress);
    }

    /** A side named in a request ("repository", "generated"), or null; anything else is a 400. */
    static ConflictSide side(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "repository" -> ConflictSide.REPOSITORY;
            case "generated" -> ConflictSide.GENERATED;
            default -> throw new IllegalArgumentException("resolveConflicts is \"repository\" (keep your version where "
                    + "both changed) or \"generated\" (take the generated side), not \"" + name.replaceAll("\\p{Cntrl}", "?") + "\".");
        };
    }

    @GetMapping("/api/changes/{changeId}/undo")
    @Operation(summary = "What undoing the change would do: the version it returns to, the database copy put back and "
            + "the rows written since the change went live, counted per table; possible false with the reason when "
            + "it cannot be undone")
    UndoPlan undoPlan(SignedInUser user, @PathVariable String changeId) {
        return changes.undoPlan(user.id(), changeId);
    }

    @PostMapping(path = "/api/changes/{changeId}/undo", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Undo the change: a revert commit on top of the repository, then the previous version live "
            + "again on the database as it was just before the change; streams progress (or 202 with the change for "
            + "Accept: application/json). 409 with the reason, nothing changed, when GET …/undo says it is not possible")
    ResponseEntity<?> undo(SignedInUser user, @PathVariable String changeId,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        int after = changes.lastEventId(user.id(), changeId);
        Change change = changes.undo(user, changeId);
        return streams.started(RunType.CHANGE, change.id(), change, "/api/changes/" + change.id(), "X-Change-Id",
                accept, after, RunEvent::progress);
    }

    @PostMapping("/api/changes/{changeId}/renames")
    @Operation(summary = "Answer possible renames: whether each is a rename (the stored values move) or not")
    Change renames(SignedInUser user, @PathVariable String changeId, @Valid @RequestBody RenameAnswers body) {
        return changes.answerRenames(user.id(), changeId, body.answers());
    }

    @PostMapping("/api/changes/{changeId}/discard")
    @Operation(summary = "Discard a proposed change; its conversation is abandoned")
    Change discard(SignedInUser user, @PathVariable String changeId) {
        return changes.discard(user.id(), changeId);
    }

    @GetMapping(path = "/api/changes/{changeId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The change run's stored events after an id (0: all)")
    List<RunEvent> events(SignedInUser user, @PathVariable String changeId, @RequestParam(defaultValue = "0") int after) {
        return changes.events(user.id(), changeId, Math.max(0, after));
    }

    @GetMapping(path = "/api/changes/{changeId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the change's run over SSE, resuming after Last-Event-ID")
    ResponseEntity<?> follow(SignedInUser user, @PathVariable String changeId,
                             @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                             @RequestParam(defaultValue = "0") int after) {
        changes.get(user.id(), changeId);
        return streams.resume(RunType.CHANGE, changeId, lastEventId, after, RunEvent::progress);
    }

    /** An answer that names no open question of the change. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badAnswer(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
