package dev.truecoding.conversation;

import dev.truecoding.plan.BusinessPlan;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which parts of the BusinessPlan the interview has filled, for the checklist beside the chat. A part is named by its
 * key: the page words it as {@code workspace.progress.<key>} in the person's language.
 */
record InterviewProgress(List<Part> parts) {

    record Part(String key, boolean filled) {
    }

    private record Check(String key, Predicate<BusinessPlan> filled) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("idea", plan -> present(plan.name()) && present(plan.description())),
            new Check("tagline", plan -> present(plan.tagline())),
            new Check("problem", plan -> present(plan.problemStatement())),
            new Check("audience", plan -> plan.targetAudience() != null && present(plan.targetAudience().primary())
                    && plan.targetAudience().painPoints() != null && !plan.targetAudience().painPoints().isEmpty()),
            new Check("mustHave", plan -> plan.coreFeatures() != null && !plan.coreFeatures().isEmpty()),
            new Check("niceToHave", plan -> plan.niceToHaveFeatures() != null && !plan.niceToHaveFeatures().isEmpty()),
            new Check("monetization", plan -> plan.monetization() != null),
            new Check("competitors", plan -> plan.competitors() != null && !plan.competitors().isEmpty()),
            new Check("successMetrics", plan -> plan.successMetrics() != null && !plan.successMetrics().isEmpty()));

    static InterviewProgress of(BusinessPlan plan) {
        return new InterviewProgress(CHECKS.stream()
                .map(check -> new Part(check.key(), plan != null && check.filled().test(plan)))
                .toList());
    }

    long filledCount() {
        return parts.stream().filter(Part::filled).count();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
