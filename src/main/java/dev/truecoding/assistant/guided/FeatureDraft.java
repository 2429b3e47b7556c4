package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;

/** A feature as the person described it; its id is given when the plan is built, so ids follow list order. */
record FeatureDraft(String name, String description, Priority priority, Complexity complexity) {

    FeatureDraft withPriority(Priority newPriority) {
        return new FeatureDraft(name, description, newPriority, complexity);
    }

    Feature withId(int number) {
        return new Feature("f" + number, name, description, priority, complexity);
    }
}
