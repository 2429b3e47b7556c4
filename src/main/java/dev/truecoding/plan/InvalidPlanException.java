package dev.truecoding.plan;

import java.util.List;

/** A plan that breaks its schema or its rules; nothing was stored. */
public class InvalidPlanException extends RuntimeException {

    private final List<PlanViolation> violations;

    public InvalidPlanException(List<PlanViolation> violations) {
        super("The plan is not valid: " + violations.size() + " problem" + (violations.size() == 1 ? "" : "s")
                + " (" + violations.getFirst() + (violations.size() > 1 ? ", …" : "") + ")");
        this.violations = List.copyOf(violations);
    }

    public List<PlanViolation> violations() {
        return violations;
    }
}
