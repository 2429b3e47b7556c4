package dev.truecoding.generation;

import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.ModelBuilder;
import dev.truecoding.generation.model.SchemaDiff;
import dev.truecoding.generation.render.TemplateRenderer;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan into a Next.js app: the same plan always gives byte-identical files. Thread-safe; the
 * templates are compiled once, when it is created.
 */
public class AppGenerator {

    static final String INITIAL_MIGRATION = "migrations/0001_initial.sql";

    private final TemplateRenderer renderer = new TemplateRenderer();

    /** @param business the BusinessPlan when there is one (the landing page uses it), else null */
    public GeneratedApp generate(TechnicalPlan technical, BusinessPlan business) {
        AppModel app = ModelBuilder.build(technical, business);
        return new GeneratedApp(renderer.render(app), app.coverage());
    }

    /**
     * A new version of an app already generated: the previous migration files come out unchanged and, when the
     * data model changed, one more file {@code migrations/000N_plan_update.sql} adds what is new and renames what
     * the previous version's renames say (rows kept). Unless the previous version says {@code dropRemoved}, nothing
     * is dropped; what the new plan no longer has is listed in the coverage report ({@link SchemaDiff} has the
     * rules). Without a previous version
     * (null, or one without migration files) this is {@link #generate(TechnicalPlan, BusinessPlan)}.
     */
    public GeneratedApp generate(TechnicalPlan technical, BusinessPlan business, PreviousVersion previous) {
        if (previous == null || previous.migrations().isEmpty()) {
            return generate(technical, business);
        }
        AppModel app = ModelBuilder.build(technical, business);
        SchemaDiff diff = SchemaDiff.between(ModelBuilder.build(previous.plan(), null), app, previous.renames(),
                previous.dropRemoved());
        List<GeneratedFileInfo> migrations = new ArrayList<>(previous.migrations());
        List<CoverageReport.Item> coverage = new ArrayList<>(app.coverage().items());
        if (diff.changesSchema()) {
            String path = "migrations/%04d_plan_update.sql".formatted(previous.nextNumber());
            migrations.add(renderer.renderMigration(path, diff));
            coverage.add(new CoverageReport.Item("database", path, CoverageReport.Status.GENERATED,
                    diff.dropsData()
                    ? "brings the data model to the new plan version, dropping what it no longer has as confirmed; "
                    + "the earlier migrations are unchanged"
                    : "brings the data model to the new plan version, keeping every stored record; the earlier "
                    + "migrations are unchanged"));
        }
        coverage.addAll(diff.notes());
        AppModel withReport = app.withCoverage(new CoverageReport(coverage));

        List<GeneratedFileInfo> files = new ArrayList<>();
        for (GeneratedFileInfo file : renderer.render(withReport)) {
            if (file.path().equals(INITIAL_MIGRATION)) {
                files.addAll(migrations);
            } else {
                files.add(file);
            }
        }
        return new GeneratedApp(files, withReport.coverage());
    }
}
