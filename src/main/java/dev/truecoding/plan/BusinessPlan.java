package dev.truecoding.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The output of Discovery, field for field the seed's {@code BusinessPlan} TypeScript type: the JSON names,
 * the string enums and the optional fields (omitted when absent) are the contract stored in
 * {@code projects.business_plan}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusinessPlan(
        String name,
        String tagline,
        String description,
        String problemStatement,
        TargetAudience targetAudience,
        List<Feature> coreFeatures,
        List<Feature> niceToHaveFeatures,
        @NotRequired MonetizationStrategy monetization,
        @NotRequired List<Competitor> competitors,
        List<SuccessMetric> successMetrics) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetAudience(String primary, @NotRequired String secondary, List<String> painPoints) {
    }

    public record Feature(String id, String name, String description, Priority priority, Complexity complexity) {
    }

    public enum Priority {
        @JsonProperty("must-have") MUST_HAVE,
        @JsonProperty("should-have") SHOULD_HAVE,
        @JsonProperty("nice-to-have") NICE_TO_HAVE
    }

    public enum Complexity {
        @JsonProperty("low") LOW,
        @JsonProperty("medium") MEDIUM,
        @JsonProperty("high") HIGH
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MonetizationStrategy(MonetizationModel model, String description, @NotRequired String pricing) {
    }

    public enum MonetizationModel {
        @JsonProperty("free") FREE,
        @JsonProperty("freemium") FREEMIUM,
        @JsonProperty("subscription") SUBSCRIPTION,
        @JsonProperty("one-time") ONE_TIME,
        @JsonProperty("usage-based") USAGE_BASED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Competitor(String name, @NotRequired String url, String differentiator) {
    }

    public record SuccessMetric(String name, String target, String timeframe) {
    }
}
