package dev.truecoding.change;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

/** One version of a project's plans; the business plan may be absent (a technical plan put on its own). */
public record Plans(BusinessPlan business, TechnicalPlan technical) {
}
