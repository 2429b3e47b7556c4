package dev.truecoding.deploy.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.deploy.DeployRequest;
import dev.truecoding.deploy.Deployment;
import dev.truecoding.deploy.DeploymentEvent;
import dev.truecoding.deploy.DeploymentService;
import dev.truecoding.run.RunEvent;
import dev.truecoding.run.RunStreams;
import dev.truecoding.run.RunType;
import dev.truecoding.system.NotFoundException;
import dev.truecoding.vercel.VercelException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /api/deploy} (the seed's DeployRequest) starts a deployment and streams its DeployProgress events
 * (or answers 202 with it for {@code Accept: application/json}); deployments are listed, followed again, canceled
 * and rolled back to.
 */
@RestController
@Tag(name = "Deploy", description = "Put the generated app live and manage its deployments")
class DeployApiController {

    private final DeploymentService deployments;
    private final RunStreams streams;

    DeployApiController(DeploymentService deployments, RunStreams streams) {
        this.deployments = deployments;
        this.streams = streams;
    }

    @PostMapping(path = "/api/deploy", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Deploy the head of the project's repository; streams progress (or 202 for Accept: application/json)")
    ResponseEntity<?> deploy(SignedInUser user, @Valid @RequestBody DeployRequest request,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return started(deployments.start(user, request), accept);
    }

    @PostMapping(path = "/api/deployments/{id}/rollback", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Put this earlier deployment back on the production URL (a new deployment records it)")
    ResponseEntity<?> rollback(SignedInUser user, @PathVariable String id,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return started(deployments.rollback(user, id), accept);
    }

    @PostMapping(path = "/api/deployments/{id}/promote", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Put this preview live: the same build, its migrations rehearsed on a copy of the live data first (a new deployment records it)")
    ResponseEntity<?> promote(SignedInUser user, @PathVariable String id,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return started(deployments.promote(user, id), accept);
    }

    @PostMapping("/api/deployments/{id}/cancel")
    @Operation(summary = "Cancel a deployment that has not finished")
    Deployment cancel(SignedInUser user, @PathVariable String id) {
        return deployments.cancel(user, id);
    }

    @GetMapping("/api/deployments/{id}")
    @Operation(summary = "A deployment: status, commit, URL, error and log excerpt")
    Deployment deployment(SignedInUser user, @PathVariable String id) {
        return deployments.find(user.id(), id);
    }

    @GetMapping(path = "/api/deployments/{id}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The deployment's stored events after an id (0: all): progress steps and build log lines")
    List<DeploymentEvent> events(SignedInUser user, @PathVariable String id, @RequestParam(defaultValue = "0") int after) {
        return deployments.events(user.id(), id, Math.max(0, after));
    }

    @GetMapping(path = "/api/deployments/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow the deployment over SSE, resuming after Last-Event-ID")
    ResponseEntity<?> follow(SignedInUser user, @PathVariable String id,
                             @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
                             @RequestParam(defaultValue = "0") int after) {
        deployments.find(user.id(), id);
        return streams.resume(RunType.DEPLOYMENT, id, lastEventId, after, DeployApiController::progress);
    }

    @GetMapping(path = "/api/deployments/{id}/log", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The deployment's build and start log")
    String log(SignedInUser user, @PathVariable String id) throws IOException {
        return deployments.log(user.id(), id);
    }

    @GetMapping("/api/projects/{projectId}/deployments")
    @Operation(summary = "The project's deployments, newest first")
    List<Deployment> forProject(SignedInUser user, @PathVariable String projectId) {
        return deployments.forProject(user.id(), projectId);
    }

    @GetMapping("/api/projects/{projectId}/deployments/latest")
    @Operation(summary = "The project's latest deployment (404 when it has none)")
    Deployment latest(SignedInUser user, @PathVariable String projectId) {
        return deployments.latest(user.id(), projectId).orElseThrow(() -> new NotFoundException("Deployment"));
    }

    /** Vercel refusing or away while canceling: its message, as a bad gateway. */
    @ExceptionHandler(VercelException.class)
    ProblemDetail vercelFailed(VercelException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    }

    private ResponseEntity<?> started(Deployment deployment, String accept) {
        return streams.started(RunType.DEPLOYMENT, deployment.id(), deployment, "/api/deployments/" + deployment.id(),
                "X-Deployment", accept, DeployApiController::progress);
    }

    /** A deployment's events are sent as the seed's DeployProgress. */
    private static Object progress(RunEvent event) {
        return DeploymentEvent.of(event).progress();
    }
}
