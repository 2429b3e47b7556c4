package dev.truecoding.plan;

/**
 * One thing wrong with a plan.
 *
 * @param path    where, as a JSON path from the plan's root (e.g. {@code $.dataModel.entities[0].name})
 * @param message what is wrong, for a person (or a model asked to repair the plan)
 */
public record PlanViolation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
