package dev.truecoding.project;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.InvalidPlanException;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A project's plans: read, replaced (validated, every violation listed) and approved. */
@RestController
@RequestMapping("/api/projects/{id}")
@Tag(name = "Plans", description = "Plan review, edits and approvals")
class PlanApiController {

    private final ProjectService projects;
    private final PlanReview review;

    PlanApiController(ProjectService projects, PlanReview review) {
        this.projects = projects;
        this.review = review;
    }

    @GetMapping("/business-plan")
    @Operation(summary = "The business plan (404 when there is none yet)")
    BusinessPlan businessPlan(SignedInUser user, @PathVariable String id) {
        return present(projects.get(user.id(), id).businessPlan(), "Business plan");
    }

    @PutMapping("/business-plan")
    @Operation(summary = "Replace the business plan; an invalid plan is a 400 listing every violation")
    BusinessPlan putBusinessPlan(SignedInUser user, @PathVariable String id, @RequestBody JsonNode plan) {
        return review.putBusinessPlan(user.id(), id, plan).businessPlan();
    }

    @PostMapping("/business-plan/approve")
    @Operation(summary = "Approve the business plan: Discovery → Planning. The project (and its repository, if it has "
            + "one) takes the plan's product name unless renamed by hand before or keepName=true")
    Project approveBusinessPlan(SignedInUser user, @PathVariable String id,
                                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean keepName) {
        return review.approveBusinessPlan(user.id(), id, keepName);
    }

    @GetMapping("/technical-plan")
    @Operation(summary = "The technical plan (404 when there is none yet)")
    TechnicalPlan technicalPlan(SignedInUser user, @PathVariable String id) {
        return present(projects.get(user.id(), id).technicalPlan(), "Technical plan");
    }

    @PutMapping("/technical-plan")
    @Operation(summary = "Replace the technical plan (also to skip the chats with a plan of your own)")
    TechnicalPlan putTechnicalPlan(SignedInUser user, @PathVariable String id, @RequestBody JsonNode plan) {
        return review.putTechnicalPlan(user.id(), id, plan).technicalPlan();
    }

    @PostMapping("/technical-plan/approve")
    @Operation(summary = "Approve the technical plan: Planning → Connecting")
    Project approveTechnicalPlan(SignedInUser user, @PathVariable String id) {
        return review.approveTechnicalPlan(user.id(), id);
    }

    /** A plan not written yet is a 404, as a missing project is. */
    private static <P> P present(P plan, String what) {
        if (plan == null) {
            throw new NotFoundException(what);
        }
        return plan;
    }

    @ExceptionHandler(InvalidPlanException.class)
    ProblemDetail invalidPlan(InvalidPlanException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("violations", e.violations());
        return problem;
    }
}
