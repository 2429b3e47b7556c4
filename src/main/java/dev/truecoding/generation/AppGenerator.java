package dev.truecoding.generation;

import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.ModelBuilder;
import dev.truecoding.generation.render.TemplateRenderer;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

/**
 * Turns a plan into a Next.js app: the same plan always gives byte-identical files. Thread-safe; the
 * templates are compiled once, when it is created.
 */
public class AppGenerator {

    private final TemplateRenderer renderer = new TemplateRenderer();

    /** @param business the BusinessPlan when there is one (the landing page uses it), else null */
    public GeneratedApp generate(TechnicalPlan technical, BusinessPlan business) {
        AppModel app = ModelBuilder.build(technical, business);
        return new GeneratedApp(renderer.render(app), app.coverage());
    }
}
