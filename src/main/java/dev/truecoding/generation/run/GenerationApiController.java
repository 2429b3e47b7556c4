package dev.truecoding.generation.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.generation.GeneratedFile;
import dev.truecoding.generation.GenerationRequest;
import dev.truecoding.generation.GenerationRun;
import dev.truecoding.generation.GenerationService;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.RunStreams;
import dev.truecoding.run.RunType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/generate} (the seed's GenerationRequest) starts a run and, like the seed's stream, answers
 * with its GenerationProgress events (the kernel's event shape, sent as stored) over SSE; asked for JSON ({@code Accept: application/json}) it answers
 * 202 with the run instead. Every run can be read, listed and followed again later.
 */
@RestController
@Tag(name = "Generation", description = "Generate the app into a repository and follow the run")
class GenerationApiController {

    private final GenerationService generation;
    private final RunStreams streams;

    GenerationApiController(GenerationService generation, RunStreams streams) {
        this.generation = generation;
        this.streams = streams;
    }

    @PostMapping(path = "/api/generate", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Start generating the project's app; streams progress (or 202 with the run for Accept: application/json)")
    ResponseEntity<?> generate(SignedInUser user, @Valid @RequestBody GenerationRequest request,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        GenerationRun run = generation.start(user, request);
        return streams.started(RunType.GENERATION, run.id(), run, "/api/generations/" + run.id(), "X-Generation-Run",
                accept, RunEvent::progress);
    }

    @GetMapping("/api/generations/{runId}")
    @Operation(summary = "A generation run: stage, progress, repository, commit, coverage, validation, error")
    GenerationRun run(SignedInUser user, @PathVariable String runId) {
        return generation.find(user.id(), runId);
    }

    @GetMapping(path = "/api/generations/{runId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The run's stored events after an id (0: all)")
    List<RunEvent> events(SignedInUser user, @PathVariable String runId,
                                 @RequestParam(defaultValue = "0") int after) {
        return generation.events(user.id(), runId, Math.max(0, after));
    }

    @GetMapping(path = "/api/generations/{runId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the run over SSE, resuming after Last-Event-ID")
    ResponseEntity<?> follow(SignedInUser user, @PathVariable String runId,
                             @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                             @RequestParam(defaultValue = "0") int after) {
        generation.find(user.id(), runId);
        return streams.resume(RunType.GENERATION, runId, lastEventId, after, RunEvent::progress);
    }

    @GetMapping("/api/projects/{projectId}/generations")
    @Operation(summary = "The project's generation runs, newest first")
    List<GenerationRun> runs(SignedInUser user, @PathVariable String projectId) {
        return generation.forProject(user.id(), projectId);
    }

    @GetMapping("/api/projects/{projectId}/files")
    @Operation(summary = "The project's app as last committed (the seed's GeneratedFile rows)")
    List<GeneratedFile> files(SignedInUser user, @PathVariable String projectId) {
        return generation.files(user.id(), projectId);
    }
}
