package dev.truecoding.conversation;

import dev.truecoding.plan.BusinessPlan;

import java.util.List;
import java.util.function.Predicate;

/** Which parts of the BusinessPlan the interview has filled, for the checklist beside the chat. */
record InterviewProgress(List<Part> parts) {

    record Part(String label, boolean filled) {
    }

    private record Check(String label, Predicate<BusinessPlan> filled) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("Idea and name", plan -> present(plan.name()) && present(plan.description())),
            new Check("Tagline", plan -> present(plan.tagline())),
            new Check("Problem", plan -> present(plan.problemStatement())),
            new Check("Audience and pain points", plan -> plan.targetAudience() != null && present(plan.targetAudience().primary())
                    && plan.targetAudience().painPoints() != null && !plan.targetAudience().painPoints().isEmpty()),
            new Check("Must-have features", plan -> plan.coreFeatures() != null && !plan.coreFeatures().isEmpty()),
            new Check("Nice-to-have features", plan -> plan.niceToHaveFeatures() != null && !plan.niceToHaveFeatures().isEmpty()),
            new Check("Monetization", plan -> plan.monetization() != null),
            new Check("Competitors", plan -> plan.competitors() != null && !plan.competitors().isEmpty()),
            new Check("Success metrics", plan -> plan.successMetrics() != null && !plan.successMetrics().isEmpty()));

    static InterviewProgress of(BusinessPlan plan) {
        return new InterviewProgress(CHECKS.stream()
                .map(check -> new Part(check.label(), plan != null && check.filled().test(plan)))
                .toList());
    }

    long filledCount() {
        return parts.stream().filter(Part::filled).count();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
