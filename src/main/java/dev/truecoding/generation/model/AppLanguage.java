package dev.truecoding.generation.model;

import dev.truecoding.generation.CoverageReport;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TextLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The language the app's own words are written in (headings, buttons, empty states, validation messages): the
 * plan's, told by {@link TextLanguage} (as the guided assistant tells a person's) over the BusinessPlan's texts and
 * the entities' descriptions.
 * English unless the plan reads as Portuguese.
 */
public enum AppLanguage {
    ENGLISH("en", "src/lib/words/en.ts", "README.md.mustache"),
    PORTUGUESE("pt-BR", "src/lib/words/pt.ts", "README.pt.md.mustache");

    /** The coverage report's areas (the generator names them in English) as a Portuguese README says them. */
    private static final Map<String, String> PORTUGUESE_AREAS = Map.ofEntries(Map.entry("ci job", "tarefa de CI"),
            Map.entry("component", "componente"), Map.entry("data model", "modelo de dados"),
            Map.entry("endpoint", "endpoint"), Map.entry("entity", "entidade"), Map.entry("environment", "ambiente"),
            Map.entry("field", "campo"), Map.entry("file structure", "estrutura de arquivos"),
            Map.entry("page", "página"), Map.entry("relationship", "relacionamento"), Map.entry("stack", "stack"),
            Map.entry(CoverageReport.FEATURE, "funcionalidade"));

    private final String code;
    private final String wordsTemplate;
    private final String readmeTemplate;

    AppLanguage(String code, String wordsTemplate, String readmeTemplate) {
        this.code = code;
        this.wordsTemplate = wordsTemplate;
        this.readmeTemplate = readmeTemplate;
    }

    /** The template of the app's README.md, written in this language. */
    public String readmeTemplate() {
        return readmeTemplate;
    }

    /** A coverage status as the README says it ("not built yet", "ainda não feito"). */
    public String statusWords(CoverageReport.Status status) {
        if (this == ENGLISH) {
            return status.words();
        }
        return switch (status) {
            case GENERATED -> "feito";
            case ADAPTED -> "feito, adaptado";
            case NOT_IMPLEMENTED -> "ainda não feito";
            case SKIPPED -> "deixado de fora";
        };
    }

    /** A coverage area ("entity") as the README says it. */
    public String area(String area) {
        return this == ENGLISH ? area : PORTUGUESE_AREAS.getOrDefault(area, area);
    }

    /** The page's {@code <html lang>}. */
    public String code() {
        return code;
    }

    /** The template of the app's {@code src/lib/words.ts}: every word the app says, in this language. */
    public String wordsTemplate() {
        return wordsTemplate;
    }

    public boolean isPortuguese() {
        return this == PORTUGUESE;
    }

    public static AppLanguage of(TechnicalPlan technical, BusinessPlan business) {
        List<String> texts = new ArrayList<>();
        if (business != null) {
            texts.add(business.tagline());
            texts.add(business.description());
            texts.add(business.problemStatement());
            for (List<BusinessPlan.Feature> features : java.util.Arrays.asList(business.coreFeatures(), business.niceToHaveFeatures())) {
                if (features != null) {
                    features.stream().filter(Objects::nonNull).forEach(f -> {
                        texts.add(f.name());
                        texts.add(f.description());
                    });
                }
            }
        }
        if (technical != null && technical.dataModel() != null && technical.dataModel().entities() != null) {
            technical.dataModel().entities().stream().filter(Objects::nonNull).forEach(e -> texts.add(e.description()));
        }
        return score(texts) > 0 ? PORTUGUESE : ENGLISH;
    }

    /** Positive when the texts read as Portuguese, negative as English. */
    static int score(List<String> texts) {
        return texts.stream().mapToInt(TextLanguage::portugueseScore).sum();
    }
}
