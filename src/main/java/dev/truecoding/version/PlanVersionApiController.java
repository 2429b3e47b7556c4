package dev.truecoding.version;

import dev.truecoding.account.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A project's plan versions: listed newest first, one with its plans, and the diff of any two. */
@RestController
@RequestMapping("/api/projects/{id}/plan-versions")
@Tag(name = "Plan versions", description = "Every approved plan, numbered, with its commit and deployment")
class PlanVersionApiController {

    private final PlanVersions versions;

    PlanVersionApiController(PlanVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "The versions, newest first: number, commit, deployment, time")
    List<PlanVersionSummary> list(SignedInUser user, @PathVariable String id) {
        return versions.list(user.id(), id);
    }

    @GetMapping("/{n}")
    @Operation(summary = "One version with its business and technical plans")
    PlanVersion get(SignedInUser user, @PathVariable String id, @PathVariable String n) {
        return versions.get(user.id(), id, VersionNumber.parse("n", n));
    }

    @GetMapping("/{n}/diff")
    @Operation(summary = "What changed from version `from` to version n, in words and as RFC 6902 JSON Patch")
    PlanVersionDiff diff(SignedInUser user, @PathVariable String id, @PathVariable String n, @RequestParam String from) {
        return versions.diff(user.id(), id, VersionNumber.parse("from", from), VersionNumber.parse("n", n));
    }

    @ExceptionHandler(VersionNumber.Invalid.class)
    ProblemDetail invalidNumber(VersionNumber.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.parameter());
        return problem;
    }
}
