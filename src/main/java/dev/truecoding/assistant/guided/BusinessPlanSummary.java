package dev.truecoding.assistant.guided;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Competitor;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.SuccessMetric;

import java.util.List;

/** The BusinessPlan as readable markdown; parts not answered yet are left out. */
final class BusinessPlanSummary {

    private BusinessPlanSummary() {
    }

    static String render(BusinessPlan plan) {
        return render(plan, Language.ENGLISH);
    }

    static String render(BusinessPlan plan, Language language) {
        Replies r = Replies.in(language);
        StringBuilder out = new StringBuilder();
        out.append("## ").append(orDash(plan.name())).append('\n');
        if (plan.tagline() != null) {
            out.append("*").append(plan.tagline()).append("*\n");
        }
        section(out, r.text("summary.description"), plan.description());
        section(out, r.text("summary.problem"), plan.problemStatement());
        if (plan.targetAudience() != null) {
            out.append("\n**").append(r.text("summary.audience")).append(":** ").append(orDash(plan.targetAudience().primary()));
            if (plan.targetAudience().secondary() != null) {
                out.append(" — ").append(r.text("summary.also")).append(" ").append(plan.targetAudience().secondary());
            }
            out.append('\n');
            bullets(out, r.text("summary.painPoints"), plan.targetAudience().painPoints());
        }
        features(out, r.text("summary.mustHaves"), plan.coreFeatures(), r);
        features(out, r.text("summary.niceToHaves"), plan.niceToHaveFeatures(), r);
        if (plan.monetization() != null) {
            out.append("\n**").append(r.text("summary.monetization")).append(":** ")
                    .append(MonetizationParser.label(plan.monetization().model(), language))
                    .append(" — ").append(plan.monetization().description());
            if (plan.monetization().pricing() != null) {
                out.append(" (").append(plan.monetization().pricing()).append(')');
            }
            out.append('\n');
        }
        if (plan.competitors() != null && !plan.competitors().isEmpty()) {
            out.append("\n**").append(r.text("summary.competitors")).append("**\n");
            for (Competitor competitor : plan.competitors()) {
                out.append("- ").append(competitor.name());
                if (competitor.url() != null) {
                    out.append(" (").append(competitor.url()).append(')');
                }
                out.append(" — ").append(competitor.differentiator()).append('\n');
            }
        }
        if (plan.successMetrics() != null && !plan.successMetrics().isEmpty()) {
            out.append("\n**").append(r.text("summary.metrics")).append("**\n");
            for (SuccessMetric metric : plan.successMetrics()) {
                out.append("- ").append(metric.name()).append(": ").append(metric.target())
                        .append(" ").append(r.text("summary.in")).append(" ").append(metric.timeframe()).append('\n');
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

    private static void features(StringBuilder out, String title, List<Feature> features, Replies r) {
        if (features != null && !features.isEmpty()) {
            out.append("\n**").append(title).append("**\n");
            for (Feature feature : features) {
                out.append("- **").append(feature.name()).append("**");
                if (feature.description() != null && !FreeText.withoutTrailingPunctuation(feature.description())
                        .equalsIgnoreCase(feature.name())) {
                    out.append(" — ").append(feature.description());
                }
                out.append(" *(");
                if (feature.priority() == Priority.SHOULD_HAVE) {
                    out.append(r.text("priority.SHOULD_HAVE")).append(", ");
                }
                out.append(r.text("complexity." + feature.complexity().name())).append(")*\n");
            }
        }
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
