package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.List;
import java.util.Locale;

/** The BusinessPlan as readable markdown; parts not answered yet are left out. */
final class BusinessPlanSummary {

    private BusinessPlanSummary() {
    }

    static String render(BusinessPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(orDash(plan.name())).append('\n');
        if (plan.tagline() != null) {
            out.append("*").append(plan.tagline()).append("*\n");
        }
        section(out, "Description", plan.description());
        section(out, "Problem", plan.problemStatement());
        if (plan.targetAudience() != null) {
            out.append("\n**Audience:** ").append(orDash(plan.targetAudience().primary()));
            if (plan.targetAudience().secondary() != null) {
                out.append(" — also ").append(plan.targetAudience().secondary());
            }
            out.append('\n');
            bullets(out, "Pain points", plan.targetAudience().painPoints());
        }
        features(out, "Must-have features", plan.coreFeatures());
        features(out, "Nice-to-have features", plan.niceToHaveFeatures());
        if (plan.monetization() != null) {
            out.append("\n**Monetization:** ").append(MonetizationParser.label(plan.monetization().model()))
                    .append(" — ").append(plan.monetization().description());
            if (plan.monetization().pricing() != null) {
                out.append(" (").append(plan.monetization().pricing()).append(')');
            }
            out.append('\n');
        }
        if (plan.competitors() != null && !plan.competitors().isEmpty()) {
            out.append("\n**Competitors**\n");
            for (Competitor competitor : plan.competitors()) {
                out.append("- ").append(competitor.name());
                if (competitor.url() != null) {
                    out.append(" (").append(competitor.url()).append(')');
                }
                out.append(" — ").append(competitor.differentiator()).append('\n');
            }
        }
        if (plan.successMetrics() != null && !plan.successMetrics().isEmpty()) {
            out.append("\n**Success metrics**\n");
            for (SuccessMetric metric : plan.successMetrics()) {
                out.append("- ").append(metric.name()).append(": ").append(metric.target())
                        .append(" in ").append(metric.timeframe()).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static void section(StringBuilder out, String title, String text) {
        if (text != null) {
            out.append("\n**").append(title).append(":** ").append(text).append('\n');
        }
    }

    private static void bullets(StringBuilder out, String title, List<String> items) {
        if (items != null && !items.isEmpty()) {
            out.append("\n**").append(title).append("**\n");
            items.forEach(item -> out.append("- ").append(item).append('\n'));
        }
    }

    private static void features(StringBuilder out, String title, List<Feature> features) {
        if (features != null && !features.isEmpty()) {
            out.append("\n**").append(title).append("**\n");
            for (Feature feature : features) {
                out.append("- **").append(feature.name()).append("**");
                if (feature.description() != null && !FreeText.withoutTrailingPunctuation(feature.description())
                        .equalsIgnoreCase(feature.name())) {
                    out.append(" — ").append(feature.description());
                }
                out.append(" *(").append(feature.complexity().name().toLowerCase(Locale.ROOT)).append(")*\n");
            }
        }
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
